import type { ReportContent, ReportingDepartment, DepartmentReportView } from '../../workflows/yearly-report/messages';
import { NON_REPORTING_KINDS } from './reporting-departments';

/** What runs SQL: a DataSource or a transaction's EntityManager. */
export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

export interface SubmissionRecord {
  year: number;
  departmentCode: string;
  content: ReportContent;
  submittedBy: { userId: string; username: string };
  submittedAt: string;
}

interface ReportRow {
  year: number;
  department_code: string;
  province_code: string;
  status: DepartmentReportView['status'];
  due_date: string;
  submitted_at: Date | null;
  submitted_by: string | null;
  submitted_by_name: string | null;
  content: ReportContent | null;
  version: number;
}

const COLUMNS = `year, department_code, province_code, status, due_date::text AS due_date, submitted_at, submitted_by, submitted_by_name, content, version`;

/**
 * Opens the year's rows for every department that must report (reporting-departments.ts), keeping
 * rows already there (a restarted cycle finds who has submitted), and returns every row of the year.
 */
export async function openDepartmentReports(db: Queryable, year: number, dueDate: string, inForceOn: string): Promise<ReportingDepartment[]> {
  await db.query(
    `INSERT INTO department_reports (year, department_code, province_code, status, due_date)
     SELECT $1, d.code, d.province_code, 'requested', $2
       FROM departments d JOIN administrative_units p ON p.code = d.province_code
      WHERE d.active AND p.level = 'province' AND p.valid_from <= $3::date AND (p.valid_to IS NULL OR p.valid_to >= $3::date)
        AND NOT (d.kind = ANY ($4::text[]))
     ON CONFLICT (year, department_code) DO NOTHING`,
    [year, dueDate, inForceOn, [...NON_REPORTING_KINDS]],
  );
  const rows = await db.query<{ department_code: string; province_code: string; status: ReportingDepartment['status'] }[]>(
    `SELECT department_code, province_code, status FROM department_reports WHERE year = $1 ORDER BY province_code, department_code`,
    [year],
  );
  return rows.map((row) => ({ departmentCode: row.department_code, provinceCode: row.province_code, status: row.status }));
}

/**
 * Records a submission once: the first write wins, and a repeated write of the same submission
 * (a retried activity) returns the stored row. Undefined when there is no such row, or when it
 * was already submitted by another request.
 */
export async function recordSubmission(db: Queryable, submission: SubmissionRecord): Promise<DepartmentReportView | undefined> {
  const { year, departmentCode, content, submittedBy, submittedAt } = submission;
  const updated = await db.query<[ReportRow[], number]>(
    `UPDATE department_reports
        SET status = 'submitted', submitted_at = $3, submitted_by = $4, submitted_by_name = $5, content = $6, updated_at = now(), version = version + 1
      WHERE year = $1 AND department_code = $2 AND status <> 'submitted'
      RETURNING ${COLUMNS}`,
    [year, departmentCode, submittedAt, submittedBy.userId, submittedBy.username, JSON.stringify(content)],
  );
  const [row] = updated[0];
  if (row) return viewOf(row);
  const existing = await readDepartmentReport(db, year, departmentCode);
  const sameSubmission = existing?.submittedBy?.userId === submittedBy.userId && existing.submittedAt === new Date(submittedAt).toISOString();
  return sameSubmission ? existing : undefined;
}

/** Marks the departments that have not submitted as overdue (idempotent). */
export async function markOverdue(db: Queryable, year: number, departmentCodes: readonly string[]): Promise<void> {
  await db.query(
    `UPDATE department_reports SET status = 'overdue', updated_at = now(), version = version + 1
      WHERE year = $1 AND department_code = ANY ($2::text[]) AND status = 'requested'`,
    [year, [...departmentCodes]],
  );
}

export async function readDepartmentReport(db: Queryable, year: number, departmentCode: string): Promise<DepartmentReportView | undefined> {
  const [row] = await db.query<ReportRow[]>(`SELECT ${COLUMNS} FROM department_reports WHERE year = $1 AND department_code = $2`, [year, departmentCode]);
  return row ? viewOf(row) : undefined;
}

export function viewOf(row: ReportRow): DepartmentReportView {
  return {
    year: row.year,
    departmentCode: row.department_code,
    provinceCode: row.province_code,
    status: row.status,
    dueDate: row.due_date,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    submittedBy: row.submitted_by ? { userId: row.submitted_by, username: row.submitted_by_name ?? '' } : null,
    content: row.content,
    version: row.version,
  };
}
