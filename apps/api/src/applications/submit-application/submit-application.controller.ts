import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { submitUpdate } from '../../../../../workflows/support-application/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../../tasks/actor-of';
import { ApplicationAccess } from '../application-access.service';
import { ApplicationView } from '../application.view';
import { applicationWorkflowId } from '../application-workflow-id';
import { caseProblemOf } from '../case-problems';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class SubmitApplicationController {
  constructor(
    private readonly temporal: Client,
    private readonly access: ApplicationAccess,
  ) {}

  /** Idempotent by nature: a second submit of the same case is a 409, never a second case. */
  @Post(':id/submit')
  @HttpCode(200)
  @RequireAction('application.submit')
  @ApiOperation({ summary: 'Nộp hồ sơ; quy trình bắt đầu ở bước tiếp nhận · Submit; the procedure starts at intake' })
  @ApiOkResponse({ type: ApplicationView })
  async submit(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ApplicationView> {
    const known = await this.access.visible(id, principal);
    try {
      await this.temporal.workflow.getHandle(applicationWorkflowId(id)).executeUpdate(submitUpdate, { args: [{ actor: actorOf(principal) }] });
    } catch (error) {
      throw caseProblemOf(error, known.status);
    }
    return this.access.view(await this.access.visible(id, principal));
  }
}
