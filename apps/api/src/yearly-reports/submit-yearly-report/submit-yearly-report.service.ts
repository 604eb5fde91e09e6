import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { readDepartmentReport, recordSubmission } from '../../../../../activities/yearly-reports/department-report-store';
import { DepartmentReportView, ReportContent, submitReportUpdate, yearlyReportWorkflowId } from '../../../../../workflows/yearly-report/messages';
import { actorOf } from '../../tasks/actor-of';
import { alreadySubmitted, noDepartment, otherDepartment, submissionProblemOf, yearlyReportNotFound } from '../yearly-report-problems';
import { SubmitYearlyReportDto } from './submit-yearly-report.dto';

/**
 * A department officer submits their department's report. While the year's cycle runs, the
 * report goes through its `submitReport` Update (so no reminder follows it); once the cycle has
 * completed (after the escalation), a late report is recorded here directly.
 */
@Injectable()
export class SubmitYearlyReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  async submit(year: number, dto: SubmitYearlyReportDto, principal: Principal): Promise<DepartmentReportView> {
    if (!principal.departmentCode) throw noDepartment();
    const departmentCode = dto.departmentCode ?? principal.departmentCode;
    const report = await readDepartmentReport(this.dataSource, year, departmentCode);
    if (departmentCode !== principal.departmentCode) {
      // Departments of one's own province are public reference data: say why (403). Others stay unseen (404).
      if (report && report.provinceCode === principal.provinceCode) throw otherDepartment();
      throw yearlyReportNotFound(year, departmentCode);
    }
    if (!report) throw yearlyReportNotFound(year, departmentCode);
    if (report.status === 'submitted') throw alreadySubmitted(year);

    const content: ReportContent = {
      summary: dto.summary.trim(),
      figures: (dto.figures ?? []).map(({ indicator, unit, value, note }) => ({ indicator: indicator.trim(), unit: unit.trim(), value, ...(note?.trim() ? { note: note.trim() } : {}) })),
    };
    try {
      return await this.temporal.workflow.getHandle(yearlyReportWorkflowId(year)).executeUpdate(submitReportUpdate, { args: [{ actor: actorOf(principal), departmentCode, content }] });
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw submissionProblemOf(error);
    }
    // The cycle has completed: nothing is left to remind, so the late report is written directly.
    const stored = await recordSubmission(this.dataSource, {
      year,
      departmentCode,
      content,
      submittedBy: { userId: principal.userId, username: principal.username },
      submittedAt: new Date().toISOString(),
    });
    if (!stored) throw alreadySubmitted(year);
    return stored;
  }
}
