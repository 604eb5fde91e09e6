import { Body, Controller, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { editDraftUpdate } from '../../../../../workflows/support-application/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../../tasks/actor-of';
import { ApplicationAccess } from '../application-access.service';
import { ApplicationView } from '../application.view';
import { applicationWorkflowId } from '../application-workflow-id';
import { caseProblemOf } from '../case-problems';
import { UpdateDraftDto } from './update-draft.dto';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class UpdateDraftController {
  constructor(
    private readonly temporal: Client,
    private readonly access: ApplicationAccess,
  ) {}

  @Patch(':id')
  @RequireAction('application.update')
  @ApiOperation({ summary: 'Sửa hồ sơ nháp · Edit a draft' })
  @ApiOkResponse({ type: ApplicationView })
  async update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateDraftDto, @CurrentPrincipal() principal: Principal): Promise<ApplicationView> {
    const known = await this.access.visible(id, principal);
    try {
      await this.temporal.workflow.getHandle(applicationWorkflowId(id)).executeUpdate(editDraftUpdate, { args: [{ actor: actorOf(principal), ...dto }] });
    } catch (error) {
      throw caseProblemOf(error, known.status);
    }
    return this.access.view(await this.access.visible(id, principal));
  }
}
