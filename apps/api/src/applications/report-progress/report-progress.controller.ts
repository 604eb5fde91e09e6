import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { reportProgressUpdate } from '../../../../../workflows/support-application/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../../tasks/actor-of';
import { ApplicationAccess } from '../application-access.service';
import { ApplicationView } from '../application.view';
import { applicationWorkflowId } from '../application-workflow-id';
import { caseProblemOf } from '../case-problems';
import { ReportProgressDto } from './report-progress.dto';

/** The enterprise reports progress on its contracted task; naming a milestone as done stops its clock. */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class ReportProgressController {
  constructor(
    private readonly temporal: Client,
    private readonly access: ApplicationAccess,
  ) {}

  @Post(':id/progress')
  @HttpCode(200)
  @RequireAction('application.report-progress')
  @ApiOperation({ summary: 'Báo cáo tiến độ thực hiện (mốc của hợp đồng) · Report implementation progress (contract milestones)' })
  @ApiOkResponse({ type: ApplicationView })
  async report(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReportProgressDto, @CurrentPrincipal() principal: Principal): Promise<ApplicationView> {
    const known = await this.access.visible(id, principal);
    try {
      await this.temporal.workflow.getHandle(applicationWorkflowId(id)).executeUpdate(reportProgressUpdate, {
        args: [{ actor: actorOf(principal), note: dto.note, milestoneId: dto.milestoneId, done: dto.done, documentIds: dto.documentIds }],
      });
    } catch (error) {
      throw caseProblemOf(error, known.status);
    }
    return this.access.view(await this.access.visible(id, principal));
  }
}
