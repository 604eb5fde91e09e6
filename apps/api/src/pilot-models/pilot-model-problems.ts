import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { PilotModelRejection } from '../../../../workflows/pilot-model/messages';
import { ProblemException } from '../problem/problem';

const STATUS_OF: Record<string, { status: number; slug: string; title: { vi: string; en: string } }> = {
  [PilotModelRejection.notOwner]: { status: 403, slug: 'pilot-model-not-owner', title: { vi: 'Không phải doanh nghiệp thực hiện mô hình', en: 'Not your pilot model' } },
  [PilotModelRejection.notReviewer]: { status: 403, slug: 'pilot-model-not-reviewer', title: { vi: 'Không phải đơn vị thẩm định', en: 'Not the reviewing department' } },
  [PilotModelRejection.wrongStep]: { status: 409, slug: 'pilot-model-step-conflict', title: { vi: 'Bước hiện tại không cho phép', en: 'Not allowed at the current step' } },
  [PilotModelRejection.invalidDeliverable]: { status: 422, slug: 'pilot-model-deliverable-invalid', title: { vi: 'Sản phẩm của bước không hợp lệ', en: 'Invalid deliverable' } },
  [PilotModelRejection.notManager]: { status: 403, slug: 'pilot-model-manager-only', title: { vi: 'Chỉ cán bộ quản lý chương trình của tỉnh', en: "The province's programme manager only" } },
  [PilotModelRejection.reasonRequired]: { status: 422, slug: 'pilot-model-reason-required', title: { vi: 'Cần nêu lý do', en: 'Reason required' } },
  [PilotModelRejection.finished]: { status: 409, slug: 'pilot-model-finished', title: { vi: 'Mô hình điểm đã kết thúc', en: 'Pilot model already finished' } },
};

/** The model has completed or was terminated: nothing more can be done to it. */
export function pilotModelFinished(status: string): ProblemException {
  const known = STATUS_OF[PilotModelRejection.finished];
  const vi = status === 'terminated' ? 'Mô hình điểm đã bị chấm dứt.' : 'Mô hình điểm đã hoàn thành.';
  const en = status === 'terminated' ? 'The pilot model has been terminated.' : 'The pilot model has been completed.';
  return new ProblemException(known.status, known.slug, known.title, { vi, en });
}

/** Maps the pilot-model workflow's refusal of an Update (its validator's failure type) to the HTTP problem. */
export function pilotModelProblemOf(error: unknown): unknown {
  if (error instanceof WorkflowNotFoundError) {
    const known = STATUS_OF[PilotModelRejection.wrongStep];
    return new ProblemException(known.status, known.slug, known.title, { vi: 'Mô hình điểm đã kết thúc.', en: 'The pilot model is closed.' });
  }
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return error;
  const known = error.cause.type ? STATUS_OF[error.cause.type] : undefined;
  if (!known) return error;
  const detail = (error.cause.details?.[0] as { vi: string; en: string } | undefined) ?? { vi: error.cause.message, en: error.cause.message };
  return new ProblemException(known.status, known.slug, known.title, detail);
}
