import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { SubmissionRejection } from '../../../../workflows/yearly-report/messages';
import { ProblemException } from '../problem/problem';

export function yearlyReportNotFound(year: number, departmentCode: string): ProblemException {
  return new ProblemException(
    404,
    'yearly-report-not-found',
    { vi: 'Không tìm thấy báo cáo năm', en: 'Yearly report not found' },
    { vi: `Không có yêu cầu báo cáo năm ${year} nào của đơn vị ${departmentCode} mà bạn được xem.`, en: `There is no ${year} report request of ${departmentCode} you can see.` },
  );
}

export function otherDepartment(): ProblemException {
  return new ProblemException(
    403,
    'yearly-report-other-department',
    { vi: 'Không phải đơn vị của bạn', en: 'Not your department' },
    { vi: 'Bạn chỉ được nộp báo cáo của đơn vị mình.', en: "You may only submit your own department's report." },
  );
}

export function noDepartment(): ProblemException {
  return new ProblemException(
    403,
    'yearly-report-no-department',
    { vi: 'Tài khoản không thuộc đơn vị nào', en: 'No department' },
    { vi: 'Chỉ cán bộ của một đơn vị được nộp báo cáo năm của đơn vị đó.', en: "Only a department's officers may submit its yearly report." },
  );
}

export function alreadySubmitted(year: number): ProblemException {
  return new ProblemException(
    409,
    'yearly-report-already-submitted',
    { vi: 'Báo cáo đã được nộp', en: 'Report already submitted' },
    { vi: `Đơn vị đã nộp báo cáo năm ${year}.`, en: `The department has already submitted its ${year} report.` },
  );
}

const STATUS_OF: Record<string, { status: number; slug: string; title: { vi: string; en: string } }> = {
  [SubmissionRejection.alreadySubmitted]: { status: 409, slug: 'yearly-report-already-submitted', title: { vi: 'Báo cáo đã được nộp', en: 'Report already submitted' } },
  [SubmissionRejection.notReporting]: { status: 404, slug: 'yearly-report-not-found', title: { vi: 'Không tìm thấy báo cáo năm', en: 'Yearly report not found' } },
  [SubmissionRejection.notOwnDepartment]: { status: 403, slug: 'yearly-report-other-department', title: { vi: 'Không phải đơn vị của bạn', en: 'Not your department' } },
};

/** Maps the cycle workflow's refusal of a submission (its failure type) to the HTTP problem. */
export function submissionProblemOf(error: unknown): unknown {
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return error;
  const failure = error.cause;
  const known = failure.type ? STATUS_OF[failure.type] : undefined;
  if (!known) return error;
  const detail = (failure.details?.[0] as { vi: string; en: string } | undefined) ?? { vi: failure.message, en: failure.message };
  return new ProblemException(known.status, known.slug, known.title, detail);
}
