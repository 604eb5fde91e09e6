import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { DecisionRejection } from '../../../../workflows/decision/messages';
import { ProblemException } from '../problem/problem';

const STATUS_OF: Record<string, { status: number; slug: string; title: { vi: string; en: string } }> = {
  [DecisionRejection.alreadyDecided]: { status: 409, slug: 'task-already-decided', title: { vi: 'Bước đã được xử lý', en: 'Step already handled' } },
  [DecisionRejection.notAssignee]: { status: 403, slug: 'task-not-assigned', title: { vi: 'Không được giao xử lý', en: 'Not assigned' } },
  [DecisionRejection.notManager]: { status: 403, slug: 'task-manager-only', title: { vi: 'Chỉ cán bộ quản lý', en: 'Managers only' } },
  [DecisionRejection.outcomeNotAllowed]: { status: 422, slug: 'task-outcome-not-allowed', title: { vi: 'Kết quả không được phép', en: 'Outcome not allowed' } },
  [DecisionRejection.commentRequired]: { status: 422, slug: 'task-comment-required', title: { vi: 'Cần nêu lý do', en: 'Reason required' } },
  [DecisionRejection.invalidRequest]: { status: 422, slug: 'task-request-invalid', title: { vi: 'Yêu cầu không hợp lệ', en: 'Invalid request' } },
};

export function taskNotFound(id: string): ProblemException {
  return new ProblemException(404, 'task-not-found', { vi: 'Không tìm thấy công việc', en: 'Task not found' }, { vi: `Không có công việc nào với mã ${id} mà bạn được xem.`, en: `There is no task ${id} you can see.` });
}

/** Maps a workflow's refusal of an Update (its validator's failure type) to the HTTP problem. */
export function taskProblemOf(error: unknown): unknown {
  if (error instanceof WorkflowNotFoundError) {
    // The decision workflow has closed: someone decided (or the step was cancelled) first.
    const known = STATUS_OF[DecisionRejection.alreadyDecided];
    return new ProblemException(known.status, known.slug, known.title, { vi: 'Bước này đã kết thúc.', en: 'This step is already closed.' });
  }
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return error;
  const failure = error.cause;
  const known = failure.type ? STATUS_OF[failure.type] : undefined;
  if (!known) return error;
  const detail = (failure.details?.[0] as { vi: string; en: string } | undefined) ?? { vi: failure.message, en: failure.message };
  return new ProblemException(known.status, known.slug, known.title, detail);
}
