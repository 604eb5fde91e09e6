import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../decision/messages';
import type { YearlyDeadlineReading } from '../../libs/domain/src/deadlines/yearly-deadline-reading';

/** One cycle per reporting year; the API finds it by this id. */
export function yearlyReportWorkflowId(year: number): string {
  return `yearly-report-${year}`;
}

export interface YearlyReportCycleInput {
  /** The reporting year; defaults to the year (in Vietnam) the cycle starts. */
  year?: number;
  /** How "before 30/11" is read when 30 November is a day off; absent: YEARLY_REPORT_DEADLINE_READING of the worker (default 'on-the-date'). */
  deadlineReading?: YearlyDeadlineReading;
}

export type { YearlyDeadlineReading };

/** One figure of a department's report, e.g. { indicator: 'Doanh nghiệp được hỗ trợ', unit: 'doanh nghiệp', value: 12 }. */
export interface ReportFigure {
  indicator: string;
  unit: string;
  value: number;
  note?: string;
}

/** What a department reports: a free-text summary and its figures (stored in department_reports.content). */
export interface ReportContent {
  summary: string;
  figures: ReportFigure[];
}

export type DepartmentReportStatus = 'requested' | 'submitted' | 'overdue';

/** A department that must report this year, as the cycle knows it. */
export interface ReportingDepartment {
  departmentCode: string;
  provinceCode: string;
  status: DepartmentReportStatus;
}

export interface SubmitReportRequest {
  actor: Actor;
  departmentCode: string;
  content: ReportContent;
}

/** A department_reports row as the API returns it. */
export interface DepartmentReportView {
  year: number;
  departmentCode: string;
  provinceCode: string;
  status: DepartmentReportStatus;
  dueDate: string;
  submittedAt: string | null;
  submittedBy: { userId: string; username: string } | null;
  content: ReportContent | null;
  version: number;
}

/** The steps of a cycle; a step's key is part of each notification's dedup key. */
export type CycleStepKey = 'reminder-11-01' | 'reminder-11-20' | 'escalation-12-01';

export interface YearlyReportCycleState {
  year: number;
  /** Null until the calendar and the department list are loaded. */
  dueDate: string | null;
  escalationDate: string | null;
  stepsDone: CycleStepKey[];
  counts: Record<DepartmentReportStatus, number>;
}

export interface YearlyReportCycleResult {
  year: number;
  dueDate: string;
  counts: Record<DepartmentReportStatus, number>;
  stepsDone: CycleStepKey[];
}

/** Failure types of a refused submission; the API maps them to 404, 409, 403. */
export const SubmissionRejection = {
  notReporting: 'DepartmentNotReporting',
  alreadySubmitted: 'ReportAlreadySubmitted',
  notOwnDepartment: 'NotOwnDepartment',
} as const;

export const submitReportUpdate = defineUpdate<DepartmentReportView, [SubmitReportRequest]>('submitReport');
export const cycleStateQuery = defineQuery<YearlyReportCycleState>('yearlyReportCycleState');
