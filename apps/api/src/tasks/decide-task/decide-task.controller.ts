import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { decideUpdate, DecisionResult } from '../../../../../workflows/decision/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../actor-of';
import { TaskLookup } from '../task-lookup.service';
import { taskProblemOf } from '../task-problems';
import { DecideTaskDto } from './decide-task.dto';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class DecideTaskController {
  constructor(private readonly tasks: TaskLookup) {}

  @Post(':id/decision')
  @HttpCode(200)
  @RequireAction('task.decide')
  @ApiOperation({ summary: 'Quyết định một bước · Decide a step' })
  @ApiConflictResponse({ description: 'Người khác đã quyết định trước · someone decided first' })
  @ApiUnprocessableEntityResponse({ description: 'Kết quả không được phép · outcome not allowed' })
  async decide(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: DecideTaskDto, @CurrentPrincipal() principal: Principal): Promise<DecisionResult> {
    const task = await this.tasks.visibleTask(id, principal);
    try {
      return await this.tasks.workflowOf(task).executeUpdate(decideUpdate, { args: [{ actor: actorOf(principal), outcome: dto.outcome, comment: dto.comment, data: dto.data }] });
    } catch (error) {
      throw taskProblemOf(error);
    }
  }
}
