import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { milestoneProgressUpdate, PilotModelSnapshot } from '../../../../../workflows/pilot-model/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../../tasks/actor-of';
import { PilotModelAccess } from '../pilot-model-access.service';
import { pilotModelProblemOf } from '../pilot-model-problems';
import { MilestoneProgressDto } from './milestone-progress.dto';

@ApiTags('pilot-models')
@ApiBearerAuth()
@Controller('pilot-models')
export class MilestoneProgressController {
  constructor(
    private readonly temporal: Client,
    private readonly access: PilotModelAccess,
  ) {}

  @Post(':id/milestones/:mid/progress')
  @HttpCode(200)
  @RequireAction('pilot-model.progress')
  @ApiOperation({ summary: 'Cập nhật tiến độ một mốc kèm bằng chứng · Report milestone progress with evidence' })
  async progress(@Param('id', new ParseUUIDPipe()) id: string, @Param('mid', new ParseUUIDPipe()) milestoneId: string, @Body() dto: MilestoneProgressDto, @CurrentPrincipal() principal: Principal): Promise<PilotModelSnapshot> {
    const model = await this.access.visible(id, principal);
    try {
      return await this.temporal.workflow.getHandle(model.workflowId).executeUpdate(milestoneProgressUpdate, { args: [{ actor: actorOf(principal), milestoneId, ...dto }] });
    } catch (error) {
      throw pilotModelProblemOf(error);
    }
  }
}
