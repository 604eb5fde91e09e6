import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { TaskEntity } from '../../../../../libs/persistence/src/entities/tasks/task.entity';
import { decideUpdate } from '../../../../../workflows/decision/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { ProblemException } from '../../problem/problem';
import { actorOf } from '../../tasks/actor-of';
import { taskProblemOf } from '../../tasks/task-problems';
import { ApplicationAccess } from '../application-access.service';
import { ApplicationView } from '../application.view';
import { SupplementApplicationDto } from './supplement-application.dto';

/**
 * The enterprise answers a request for supplement (or a council's request to revise): its open
 * task on the case is decided "resubmit".
 */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class SupplementApplicationController {
  constructor(
    private readonly temporal: Client,
    private readonly access: ApplicationAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post(':id/supplement')
  @HttpCode(200)
  @RequireAction('application.supplement')
  @ApiOperation({ summary: 'Nộp hồ sơ bổ sung · Answer a request for supplement' })
  @ApiOkResponse({ type: ApplicationView })
  async supplement(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SupplementApplicationDto, @CurrentPrincipal() principal: Principal): Promise<ApplicationView> {
    await this.access.visible(id, principal);
    const task = await this.dataSource.getRepository(TaskEntity).findOneBy({ subjectType: 'application', subjectId: id, assigneeKind: 'enterprise', status: 'open' });
    if (!task) {
      throw new ProblemException(
        409,
        'no-supplement-requested',
        { vi: 'Không có yêu cầu bổ sung', en: 'No supplement requested' },
        { vi: 'Hồ sơ không có yêu cầu bổ sung hay hoàn thiện nào đang chờ.', en: 'The application has no open request for supplement or revision.' },
      );
    }
    try {
      await this.temporal.workflow.getHandle(task.workflowId).executeUpdate(decideUpdate, { args: [{ actor: actorOf(principal), outcome: 'resubmit', comment: dto.comment }] });
    } catch (error) {
      throw taskProblemOf(error);
    }
    return this.access.view(await this.access.visible(id, principal));
  }
}
