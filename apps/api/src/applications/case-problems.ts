import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { CaseRejection } from '../../../../workflows/support-application/messages';
import { ProblemException } from '../problem/problem';

const STATUS_OF: Record<string, { status: number; slug: string; title: { vi: string; en: string } }> = {
  [CaseRejection.notOwner]: { status: 403, slug: 'application-not-owner', title: { vi: 'Không có quyền với hồ sơ', en: 'Not your application' } },
  [CaseRejection.invalidState]: { status: 409, slug: 'application-state-conflict', title: { vi: 'Trạng thái hồ sơ không cho phép', en: 'Not allowed in the current state' } },
  [CaseRejection.incomplete]: { status: 422, slug: 'application-incomplete', title: { vi: 'Hồ sơ chưa đủ', en: 'Application incomplete' } },
  [CaseRejection.unrecordable]: { status: 422, slug: 'application-unrecordable', title: { vi: 'Dữ liệu không lưu được', en: 'Data cannot be stored' } },
};

/** Maps the case workflow's refusal of an Update (its validator's failure type) to the HTTP problem. */
export function caseProblemOf(error: unknown, status: string): unknown {
  if (error instanceof WorkflowNotFoundError) {
    // A closed case's workflow takes no more updates.
    const known = STATUS_OF[CaseRejection.invalidState];
    return new ProblemException(known.status, known.slug, known.title, { vi: `Hồ sơ đã kết thúc (${status}).`, en: `The application is closed (${status}).` });
  }
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return error;
  const known = error.cause.type ? STATUS_OF[error.cause.type] : undefined;
  if (!known) return error;
  const detail = (error.cause.details?.[0] as { vi: string; en: string } | undefined) ?? { vi: error.cause.message, en: error.cause.message };
  return new ProblemException(known.status, known.slug, known.title, detail);
}
