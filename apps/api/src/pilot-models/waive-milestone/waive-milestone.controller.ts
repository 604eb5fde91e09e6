import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { PilotModelSnapshot, waiveMilestoneUpdate } from '../../../../../workflows/pilot-model/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../../tasks/actor-of';
import { WaiveMilestoneDto } from '../milestone-progress/milestone-progress.dto';
import { PilotModelAccess } from '../pilot-model-access.service';
import { pilotModelProblemOf } from '../pilot-model-problems';

@ApiTags('pilot-models')
@ApiBearerAuth()
@Controller('pilot-models')
export class WaiveMilestoneController {
  constructor(
    private readonly temporal: Client,
    private readonly access: PilotModelAccess,
  ) {}

  /** Added route: the reviewer of step 4 waives a milestone, with a reason. */
  @Post(':id/milestones/:mid/waiver')
  @HttpCode(200)
  @RequireAction('task.decide')
  @ApiOperation({ summary: 'Miễn một mốc (đơn vị thẩm định) · Waive a milestone (reviewing department)' })
  async waive(@Param('id', new ParseUUIDPipe()) id: string, @Param('mid', new ParseUUIDPipe()) milestoneId: string, @Body() dto: WaiveMilestoneDto, @CurrentPrincipal() principal: Principal): Promise<PilotModelSnapshot> {
    const model = await this.access.visible(id, principal);
    try {
      return await this.temporal.workflow.getHandle(model.workflowId).executeUpdate(waiveMilestoneUpdate, { args: [{ actor: actorOf(principal), milestoneId, reason: dto.reason }] });
    } catch (error) {
      throw pilotModelProblemOf(error);
    }
  }
}
