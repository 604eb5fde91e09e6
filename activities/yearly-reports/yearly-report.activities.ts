import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import type { DepartmentReportView, ReportingDepartment } from '../../workflows/yearly-report/messages';
import { SubmissionRejection } from '../../workflows/yearly-report/messages';
import { markOverdue, openDepartmentReports, recordSubmission, SubmissionRecord } from './department-report-store';
import { YearlyReportNotice, YearlyReportNotifier } from './yearly-report-notifier';

export interface OpenYearlyReportsRequest {
  year: number;
  dueDate: string;
  /** Provinces in force on this day report (the nominal due date, 30 November). */
  inForceOn: string;
}

/**
 * The yearly report cycle's I/O. Each method is one activity and is idempotent: rows are opened
 * with ON CONFLICT DO NOTHING, statuses only move forward, notifications carry dedup keys.
 * Reminders and escalations take one province's departments per call, so a year's history holds
 * a few dozen activities per step rather than one per department.
 */
@Injectable()
export class YearlyReportActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: YearlyReportNotifier,
  ) {}

  async openYearlyReports(request: OpenYearlyReportsRequest): Promise<ReportingDepartment[]> {
    return openDepartmentReports(this.dataSource, request.year, request.dueDate, request.inForceOn);
  }

  async sendYearlyReportReminders(notice: YearlyReportNotice): Promise<number> {
    return this.notifier.remind(notice);
  }

  async escalateOverdueReports(notice: YearlyReportNotice): Promise<number> {
    await markOverdue(this.dataSource, notice.year, notice.departmentCodes);
    return this.notifier.escalate(notice);
  }

  async recordYearlyReportSubmission(submission: SubmissionRecord): Promise<DepartmentReportView> {
    const stored = await recordSubmission(this.dataSource, submission);
    if (!stored) {
      throw ApplicationFailure.create({ type: SubmissionRejection.alreadySubmitted, message: `The ${submission.year} report of ${submission.departmentCode} was already submitted`, nonRetryable: true });
    }
    return stored;
  }
}
