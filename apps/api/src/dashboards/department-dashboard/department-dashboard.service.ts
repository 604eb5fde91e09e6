import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StepTally } from './department-task-summary';

export interface DepartmentTaskFilter {
  /** null: every province (administrator). */
  province: string | null;
  department: string | null;
  from: string | null;
  to: string | null;
}

interface TallyRow {
  province_code: string;
  province_vi: string;
  province_en: string;
  department_code: string;
  department_vi: string;
  department_en: string;
  step_code: string;
  step_vi: string;
  step_en: string;
  open: number;
  overdue: number;
  decided: number;
  decided_with_due: number;
  decided_on_time: number;
  turnaround: number[];
}

/** Counts the department tasks of the `tasks` projection per province, department and step. */
@Injectable()
export class DepartmentDashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async tallies(filter: DepartmentTaskFilter): Promise<StepTally[]> {
    // A task falls in [from, to] when it was opened or decided within it (decided: the Vietnamese calendar day).
    const rows = await this.dataSource.query<TallyRow[]>(
      `SELECT t.province_code,
              coalesce(p.name_vi, t.province_code) AS province_vi, coalesce(p.name_en, t.province_code) AS province_en,
              t.assignee_id AS department_code,
              coalesce(d.name_vi, t.assignee_id) AS department_vi, coalesce(d.name_en, t.assignee_id) AS department_en,
              t.step_code, min(t.step_name_vi) AS step_vi, min(t.step_name_en) AS step_en,
              count(*) FILTER (WHERE t.status = 'open')::int AS open,
              count(*) FILTER (WHERE t.status = 'open' AND t.due_at < now())::int AS overdue,
              count(*) FILTER (WHERE t.status = 'decided')::int AS decided,
              count(*) FILTER (WHERE t.status = 'decided' AND t.due_at IS NOT NULL)::int AS decided_with_due,
              count(*) FILTER (WHERE t.status = 'decided' AND t.decided_at <= t.due_at)::int AS decided_on_time,
              coalesce(array_agg(t.used_working_days) FILTER (WHERE t.status = 'decided'), '{}') AS turnaround
         FROM tasks t
         LEFT JOIN departments d ON d.code = t.assignee_id
         LEFT JOIN administrative_units p ON p.code = t.province_code
        WHERE t.assignee_kind = 'department' AND t.status IN ('open', 'decided')
          AND ($1::text IS NULL OR t.province_code = $1)
          AND ($2::text IS NULL OR t.assignee_id = $2)
          AND (t.started_on BETWEEN coalesce($3::date, '-infinity') AND coalesce($4::date, 'infinity')
               OR (t.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN coalesce($3::date, '-infinity') AND coalesce($4::date, 'infinity'))
        GROUP BY t.province_code, p.name_vi, p.name_en, t.assignee_id, d.name_vi, d.name_en, t.step_code
        ORDER BY t.province_code, t.assignee_id, t.step_code`,
      [filter.province, filter.department, filter.from, filter.to],
    );
    return rows.map((row) => ({
      provinceCode: row.province_code,
      provinceName: { vi: row.province_vi, en: row.province_en },
      departmentCode: row.department_code,
      departmentName: { vi: row.department_vi, en: row.department_en },
      stepCode: row.step_code,
      stepName: { vi: row.step_vi, en: row.step_en },
      open: row.open,
      overdue: row.overdue,
      decided: row.decided,
      decidedWithDue: row.decided_with_due,
      decidedOnTime: row.decided_on_time,
      turnaroundWorkingDays: row.turnaround.map(Number),
    }));
  }
}
