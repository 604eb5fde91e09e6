import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { withdrawUpdate } from '../../../../../workflows/support-application/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../../tasks/actor-of';
import { ApplicationAccess } from '../application-access.service';
import { ApplicationView } from '../application.view';
import { applicationWorkflowId } from '../application-workflow-id';
import { caseProblemOf } from '../case-problems';
import { WithdrawApplicationDto } from './withdraw-application.dto';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class WithdrawApplicationController {
  constructor(
    private readonly temporal: Client,
    private readonly access: ApplicationAccess,
  ) {}

  @Post(':id/withdraw')
  @HttpCode(200)
  @RequireAction('application.withdraw')
  @ApiOperation({ summary: 'Rút hồ sơ (trước khi ký hợp đồng) · Withdraw an application (before the contract)' })
  @ApiOkResponse({ type: ApplicationView })
  async withdraw(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: WithdrawApplicationDto, @CurrentPrincipal() principal: Principal): Promise<ApplicationView> {
    const known = await this.access.visible(id, principal);
    try {
      await this.temporal.workflow.getHandle(applicationWorkflowId(id)).executeUpdate(withdrawUpdate, { args: [{ actor: actorOf(principal), reason: dto.reason }] });
    } catch (error) {
      throw caseProblemOf(error, known.status);
    }
    return this.access.view(await this.access.visible(id, principal));
  }
}
