import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ApplicationProjection {
  applicationId: string;
  title: string;
  provinceCode: string;
  supportKind: string | null;
  requestedAmountVnd: number | null;
  status: string;
  step: string | null;
  /** The workflow's per-case sequence number: an older or repeated write never overwrites newer state. */
  seq: number;
}

@Injectable()
export class ApplicationProjectionActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Upserts the case's read model; idempotent, so Temporal may retry it freely. */
  async projectApplication(projection: ApplicationProjection): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO applications (id, workflow_id, title, province_code, support_kind, requested_amount_vnd, status, current_step, projection_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO UPDATE SET
         status = EXCLUDED.status,
         current_step = EXCLUDED.current_step,
         projection_seq = EXCLUDED.projection_seq,
         updated_at = now(),
         version = applications.version + 1
       WHERE applications.projection_seq < EXCLUDED.projection_seq`,
      [
        projection.applicationId,
        `application-${projection.applicationId}`,
        projection.title,
        projection.provinceCode,
        projection.supportKind,
        projection.requestedAmountVnd,
        projection.status,
        projection.step,
        projection.seq,
      ],
    );
  }
}
