import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { Repository } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { ApplicationEntity } from '../../../../../libs/persistence/src/entities/application.entity';
import { TEMPORAL_OPTIONS, TemporalOptions } from '../../../../../libs/temporal/src/temporal-options';
import { recordedUpdate, SupportApplicationInput } from '../../../../../workflows/support-application/messages';
import type { supportApplicationWorkflow } from '../../../../../workflows/support-application/support-application.workflow';
import { ProblemException } from '../../problem/problem';
import { actorOf } from '../../tasks/actor-of';
import { ApplicationView } from '../application.view';
import { applicationWorkflowId } from '../application-workflow-id';
import { StartApplicationDto } from './start-application.dto';
import { applicationIdFor, fingerprintOf } from './idempotency';

/**
 * Opens a case: its workflow starts in the draft step, and the API waits, through an Update
 * sent with the start, until the workflow has written the read model. Nothing is written before
 * the workflow exists, so an API crash in between leaves no orphan row; a retried request with
 * the same key finds the same workflow (conflict policy USE_EXISTING) and returns the first result.
 */
@Injectable()
export class StartApplicationService {
  constructor(
    private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly options: TemporalOptions,
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
  ) {}

  async start(dto: StartApplicationDto, principal: Principal, idempotencyKey?: string): Promise<ApplicationView> {
    if (!principal.enterpriseId || principal.provinceCode !== dto.provinceCode) {
      throw new ProblemException(
        403,
        'application-enterprise-only',
        { vi: 'Chỉ doanh nghiệp được lập hồ sơ', en: 'Only enterprises open applications' },
        { vi: 'Hồ sơ do tài khoản của doanh nghiệp lập, tại tỉnh của doanh nghiệp.', en: "Applications are opened by an enterprise's account, in its own province." },
      );
    }
    // A key belongs to its caller: two users' identical keys never meet.
    const applicationId = applicationIdFor(idempotencyKey ? `${principal.userId}:${idempotencyKey}` : undefined);
    const fingerprint = fingerprintOf(dto);
    // The enterprise itself must be of the province, not only its account.
    const [enterprise] = await this.applications.query<{ tax_code: string }[]>(`SELECT tax_code FROM enterprises WHERE id = $1 AND province_code = $2`, [principal.enterpriseId, dto.provinceCode]);
    if (!enterprise) {
      throw new ProblemException(
        403,
        'application-enterprise-only',
        { vi: 'Chỉ doanh nghiệp được lập hồ sơ', en: 'Only enterprises open applications' },
        { vi: `Doanh nghiệp của tài khoản không thuộc tỉnh ${dto.provinceCode}.`, en: `Your enterprise is not in province ${dto.provinceCode}.` },
      );
    }
    const input: SupportApplicationInput = {
      applicationId,
      title: dto.title,
      provinceCode: dto.provinceCode,
      enterpriseId: principal.enterpriseId,
      enterpriseTaxCode: enterprise.tax_code ?? null,
      supportKind: dto.supportKind ?? null,
      requestedAmountVnd: dto.requestedAmountVnd ?? null,
      sponsoringDepartmentCode: dto.sponsoringDepartmentCode ?? null,
      createdBy: actorOf(principal),
    };
    const startOperation = new WithStartWorkflowOperation<typeof supportApplicationWorkflow>('supportApplicationWorkflow', {
      workflowId: applicationWorkflowId(applicationId),
      taskQueue: this.options.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      memo: { requestFingerprint: fingerprint },
    });
    await this.temporal.workflow.executeUpdateWithStart(recordedUpdate, { startWorkflowOperation: startOperation });
    if (idempotencyKey) await this.assertSameRequest(await startOperation.workflowHandle(), fingerprint, idempotencyKey);
    return ApplicationView.of(await this.applications.findOneByOrFail({ id: applicationId }));
  }

  private async assertSameRequest(handle: { describe(): Promise<{ memo?: Record<string, unknown> }> }, fingerprint: string, key: string): Promise<void> {
    const { memo } = await handle.describe();
    if (memo?.requestFingerprint === fingerprint) return;
    throw new ProblemException(
      422,
      'idempotency-key-reused',
      { vi: 'Idempotency-Key đã được dùng cho yêu cầu khác', en: 'Idempotency-Key reused for a different request' },
      {
        vi: `Khóa "${key}" đã được dùng với nội dung khác; hãy dùng khóa mới cho yêu cầu mới.`,
        en: `The key "${key}" was already used with a different body; use a new key for a new request.`,
      },
    );
  }
}
