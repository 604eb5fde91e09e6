import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { isSizeClass } from '../../libs/domain/src/enterprises/size-class';
import { capInForce, SupportCap } from '../../libs/domain/src/policies/cap-in-force';
import { SupportPolicyEntity } from '../../libs/persistence/src/entities/reference/support-policy.entity';
import { supportPolicyOfRow } from '../../libs/persistence/src/entities/reference/support-policy-of';

export interface SupportCapRequest {
  supportKind: string | null;
  enterpriseId: string | null;
  /** The day the budget appraisal opens (Vietnam date): the rows in force that day apply. */
  onDate: string;
}

/**
 * The support cap a case's budget appraisal may not exceed, read from the editable policy rows so
 * an administrator's edits apply to the next appraisal that opens. Null: no row caps the case.
 */
@Injectable()
export class SupportCapActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async supportCap({ supportKind, enterpriseId, onDate }: SupportCapRequest): Promise<SupportCap | null> {
    if (!supportKind || !enterpriseId) return null;
    const [enterprise] = await this.dataSource.query<{ size_class: string }[]>(`SELECT size_class FROM enterprises WHERE id = $1`, [enterpriseId]);
    // Broken reference data is an administrator's matter: the case waits, retrying, rather than failing or skipping the cap.
    if (!enterprise) throw ApplicationFailure.retryable(`Enterprise ${enterpriseId} does not exist`, 'NoEnterprise');
    if (!isSizeClass(enterprise.size_class)) throw ApplicationFailure.retryable(`Enterprise ${enterpriseId} has size class "${enterprise.size_class}"`, 'BadSizeClass');
    const rows = await this.dataSource.getRepository(SupportPolicyEntity).find({ order: { code: 'ASC' } });
    // No register of women-owned or social enterprises yet: the base rows apply (the higher caps need that flag).
    return capInForce(rows.map(supportPolicyOfRow), { supportKind, sizeClass: enterprise.size_class, onDate }) ?? null;
  }
}
