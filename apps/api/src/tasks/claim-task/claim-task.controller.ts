import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { claimUpdate, TaskState } from '../../../../../workflows/decision/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../actor-of';
import { TaskLookup } from '../task-lookup.service';
import { taskProblemOf } from '../task-problems';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class ClaimTaskController {
  constructor(private readonly tasks: TaskLookup) {}

  @Post(':id/claim')
  @HttpCode(200)
  @RequireAction('task.claim')
  @ApiOperation({ summary: 'Nhận xử lý một bước của đơn vị · Claim a department step' })
  async claim(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<TaskState> {
    const task = await this.tasks.visibleTask(id, principal);
    try {
      return await this.tasks.workflowOf(task).executeUpdate(claimUpdate, { args: [{ actor: actorOf(principal) }] });
    } catch (error) {
      throw taskProblemOf(error);
    }
  }
}
