import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canView } from '../../../../libs/domain/src/identity/can-view';
import type { Principal } from '../../../../libs/domain/src/identity/principal';
import { ApplicationEntity } from '../../../../libs/persistence/src/entities/application.entity';
import { TaskEntity } from '../../../../libs/persistence/src/entities/tasks/task.entity';
import { applicationNotFound } from './application-not-found';
import { ApplicationView } from './application.view';

/**
 * Loads a case the caller may see (domain scope rules: own enterprise, departments it was routed
 * to, its councils, the manager's province). Anything else is "not found": existence is not revealed.
 */
@Injectable()
export class ApplicationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async visible(id: string, principal: Principal): Promise<ApplicationEntity> {
    const row = await this.dataSource.getRepository(ApplicationEntity).findOneBy({ id });
    if (!row) throw applicationNotFound(id);
    const councils = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM councils WHERE application_id = $1`, [id]);
    const scope = {
      provinceCode: row.provinceCode,
      enterpriseId: row.enterpriseId ?? undefined,
      departmentCodes: row.departmentCodes,
      councilIds: councils.map((council) => council.id),
      awaitingCouncil: row.currentStep === 'identification-council' || row.currentStep === 'selection-council' || row.currentStep === 'acceptance',
    };
    if (!canView(principal, scope)) throw applicationNotFound(id);
    return row;
  }

  /** The view, with the open task of the current step (due date, overdue flag). */
  async view(row: ApplicationEntity): Promise<ApplicationView> {
    const task = row.currentTaskId ? await this.dataSource.getRepository(TaskEntity).findOneBy({ id: row.currentTaskId, status: 'open' }) : null;
    return ApplicationView.of(row, task);
  }
}
