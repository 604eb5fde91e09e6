import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { extendUpdate, TaskState } from '../../../../../workflows/decision/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../actor-of';
import { TaskLookup } from '../task-lookup.service';
import { taskProblemOf } from '../task-problems';
import { ExtendTaskDto } from './extend-task.dto';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class ExtendTaskController {
  constructor(private readonly tasks: TaskLookup) {}

  @Post(':id/extend')
  @HttpCode(200)
  @RequireAction('task.extend')
  @ApiOperation({ summary: 'Gia hạn một bước có lý do (cán bộ quản lý) · Extend a step with a reason (manager)' })
  async extend(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ExtendTaskDto, @CurrentPrincipal() principal: Principal): Promise<TaskState> {
    const task = await this.tasks.visibleTask(id, principal);
    try {
      return await this.tasks.workflowOf(task).executeUpdate(extendUpdate, { args: [{ actor: actorOf(principal), amount: dto.amount, unit: dto.unit, reason: dto.reason }] });
    } catch (error) {
      throw taskProblemOf(error);
    }
  }
}
