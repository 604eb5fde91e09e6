import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { Repository } from 'typeorm';
import { ApplicationEntity } from '../../../../../libs/persistence/src/entities/application.entity';
import { withdrawUpdate } from '../../../../../workflows/support-application/messages';
import { ProblemException } from '../../problem/problem';
import { applicationNotFound } from '../application-not-found';
import { ApplicationView } from '../application.view';
import { applicationWorkflowId } from '../application-workflow-id';
import { WithdrawApplicationDto } from './withdraw-application.dto';
import { RequireAction } from '../../auth/require-action.decorator';

@ApiTags('applications')
@Controller('applications')
export class WithdrawApplicationController {
  constructor(
    private readonly temporal: Client,
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
  ) {}

  @Post(':id/withdraw')
  @RequireAction('application.withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rút hồ sơ · Withdraw an application' })
  @ApiOkResponse({ type: ApplicationView })
  async withdraw(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: WithdrawApplicationDto): Promise<ApplicationView> {
    const known = await this.applications.findOneBy({ id });
    if (!known) throw applicationNotFound(id);
    try {
      await this.temporal.workflow.getHandle(applicationWorkflowId(id)).executeUpdate(withdrawUpdate, { args: [{ reason: dto.reason }] });
    } catch (error) {
      // A closed case's workflow no longer takes updates: the server reports it as not found.
      if (error instanceof WorkflowUpdateFailedError || error instanceof WorkflowNotFoundError) {
        throw new ProblemException(
          409,
          'application-not-withdrawable',
          { vi: 'Không thể rút hồ sơ', en: 'The application cannot be withdrawn' },
          { vi: `Hồ sơ đang ở trạng thái "${known.status}", không thể rút.`, en: `The application is "${known.status}" and cannot be withdrawn.` },
        );
      }
      throw error;
    }
    return ApplicationView.of(await this.applications.findOneByOrFail({ id }));
  }
}
