import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../../libs/domain/src/identity/principal';
import { ApplicationEntity } from '../../../../../../libs/persistence/src/entities/application.entity';
import { TaskEntity } from '../../../../../../libs/persistence/src/entities/tasks/task.entity';
import { ApplicationAccess } from '../../application-access.service';
import { closedForDocuments, notCaseOwner } from '../document-problems';

/** Steps whose work is documents the enterprise hands in: implementation (evidence) and acceptance (the dossier). */
const STEPS_TAKING_DOCUMENTS: ReadonlySet<string> = new Set(['implementation', 'acceptance']);

/**
 * Who may add to a dossier, and when: the owning enterprise, while the case is a draft, while a
 * request for supplement or revision waits for it (an open task assigned to the enterprise), or
 * during implementation and acceptance.
 */
@Injectable()
export class UploadPermission {
  constructor(
    private readonly access: ApplicationAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** 404 when the caller may not see the case (existence is not revealed), 403 when they see it but it is not their enterprise's. */
  async ownCase(id: string, principal: Principal): Promise<ApplicationEntity> {
    const application = await this.access.visible(id, principal);
    if (!principal.enterpriseId || principal.enterpriseId !== application.enterpriseId) throw notCaseOwner();
    return application;
  }

  /** 409 unless the case takes documents now. */
  async assertOpen(application: ApplicationEntity): Promise<void> {
    if (application.status === 'draft') return;
    // Progress reports cite evidence (documentIds) and completion hands in the acceptance dossier.
    if (application.currentStep !== null && STEPS_TAKING_DOCUMENTS.has(application.currentStep)) return;
    const waitingForEnterprise = await this.dataSource
      .getRepository(TaskEntity)
      .existsBy({ subjectType: 'application', subjectId: application.id, assigneeKind: 'enterprise', status: 'open' });
    if (!waitingForEnterprise) throw closedForDocuments(application.status, application.currentStep);
  }
}
