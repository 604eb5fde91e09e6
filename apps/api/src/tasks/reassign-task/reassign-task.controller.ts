import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { reassignUpdate, TaskState } from '../../../../../workflows/decision/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../actor-of';
import { TaskLookup } from '../task-lookup.service';
import { taskProblemOf } from '../task-problems';
import { ReassignTaskDto } from './reassign-task.dto';
import { ReassignmentTargets } from './reassignment-target.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class ReassignTaskController {
  constructor(
    private readonly tasks: TaskLookup,
    private readonly targets: ReassignmentTargets,
  ) {}

  @Post(':id/reassign')
  @HttpCode(200)
  @RequireAction('task.reassign')
  @ApiOperation({ summary: 'Giao lại một bước (cán bộ quản lý) · Reassign a step (manager)' })
  async reassign(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReassignTaskDto, @CurrentPrincipal() principal: Principal): Promise<TaskState> {
    const task = await this.tasks.visibleTask(id, principal);
    await this.targets.ensureExists(dto.to, task.provinceCode);
    try {
      return await this.tasks.workflowOf(task).executeUpdate(reassignUpdate, { args: [{ actor: actorOf(principal), to: dto.to, reason: dto.reason }] });
    } catch (error) {
      throw taskProblemOf(error);
    }
  }
}
