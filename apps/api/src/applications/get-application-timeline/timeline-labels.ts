import type { LocalizedText } from '../../../../../libs/domain/src/errors/domain-error';
import { PROCEDURE_DEFINITIONS } from '../../../../../libs/domain/src/procedures/procedures.seed';

/** What a person reads for each audit action code of an application's timeline. */
const TIMELINE_LABELS: Readonly<Record<string, LocalizedText>> = {
  'application.created': { vi: 'Lập hồ sơ (bản nháp)', en: 'Draft opened' },
  'application.draft-edited': { vi: 'Sửa hồ sơ nháp', en: 'Draft edited' },
  'application.submitted': { vi: 'Nộp hồ sơ đề nghị hỗ trợ', en: 'Application submitted' },
  'application.discarded': { vi: 'Hủy hồ sơ nháp', en: 'Draft discarded' },
  'application.withdrawn': { vi: 'Rút hồ sơ', en: 'Application withdrawn' },
  'application.closed': { vi: 'Kết thúc hồ sơ', en: 'Application closed' },
  'application.rejected': { vi: 'Hồ sơ bị từ chối', en: 'Application rejected' },
  'application.terminated': { vi: 'Chấm dứt nhiệm vụ', en: 'Task terminated' },
  'application.document-uploaded': { vi: 'Tải lên tài liệu', en: 'Document uploaded' },
  'implementation.started': { vi: 'Bắt đầu thực hiện hợp đồng: theo dõi các mốc và kiểm tra định kỳ', en: 'Implementation started: milestones and inspections tracked' },
  'implementation.progress-reported': { vi: 'Doanh nghiệp báo cáo tiến độ', en: 'Progress reported' },
  'implementation.milestone-done': { vi: 'Hoàn thành mốc công việc', en: 'Milestone done' },
  'implementation.inspection-notified': { vi: 'Thông báo kiểm tra định kỳ', en: 'Inspection announced' },
  'implementation.inspection-opened': { vi: 'Kiểm tra định kỳ', en: 'Inspection held' },
  'implementation.inspection.satisfactory': { vi: 'Kết luận kiểm tra: đạt yêu cầu', en: 'Inspection findings: satisfactory' },
  'implementation.inspection.adjustment-required': { vi: 'Kết luận kiểm tra: yêu cầu điều chỉnh', en: 'Inspection findings: adjustment required' },
  'council.convened': { vi: 'Thành lập hội đồng', en: 'Council convened' },
  'council.ballot-cast': { vi: 'Thành viên hội đồng bỏ phiếu', en: 'Council ballot cast' },
  'council.closed': { vi: 'Hội đồng kết luận', en: 'Council concluded' },
  'task.opened': { vi: 'Giao xử lý', en: 'Assigned' },
  'task.claimed': { vi: 'Nhận xử lý', en: 'Claimed' },
  'task.reassigned': { vi: 'Giao lại', en: 'Reassigned' },
  'task.extended': { vi: 'Gia hạn', en: 'Deadline extended' },
  'task.before-due': { vi: 'Nhắc hạn', en: 'Reminder before the due date' },
  'task.due-today': { vi: 'Nhắc hạn: đến hạn hôm nay', en: 'Due today' },
  'task.escalate-unit-head': { vi: 'Quá hạn: báo lãnh đạo đơn vị', en: 'Overdue: escalated to the unit head' },
  'task.escalate-manager': { vi: 'Quá hạn: báo cán bộ quản lý chương trình', en: 'Overdue: escalated to the programme manager' },
  'task.overdue': { vi: 'Nhắc việc quá hạn', en: 'Overdue reminder' },
  'task.decided': { vi: 'Đã quyết định', en: 'Decided' },
  'task.cancelled': { vi: 'Hủy việc', en: 'Task cancelled' },
};

/** `step.<step>.<outcome>`, `step.<step>.opened` and `step.<step>.partly-decided`, named as the procedure names them. */
function stepLabel(action: string): LocalizedText | undefined {
  const match = /^step\.([a-z-]+)\.([a-z-]+)$/.exec(action);
  if (!match) return undefined;
  const [, stepCode, outcomeCode] = match;
  for (const definition of PROCEDURE_DEFINITIONS) {
    const step = definition.steps.find((candidate) => candidate.code === stepCode);
    if (!step) continue;
    if (outcomeCode === 'opened') return { vi: `${step.name.vi}: bắt đầu`, en: `${step.name.en}: started` };
    // A step with several deciders: one has decided, the others still to (the actor and the comment say who and how).
    if (outcomeCode === 'partly-decided') return { vi: `${step.name.vi}: một bên đã quyết định, chờ bên còn lại`, en: `${step.name.en}: one decider has decided, awaiting the others` };
    const outcome = step.outcomes.find((candidate) => candidate.code === outcomeCode);
    if (outcome) return { vi: `${step.name.vi}: ${outcome.label.vi}`, en: `${step.name.en}: ${outcome.label.en}` };
  }
  return undefined;
}

/** An action without a label yet still shows, as its code, rather than disappearing from the timeline. */
export function timelineLabel(action: string): LocalizedText {
  return (Object.hasOwn(TIMELINE_LABELS, action) ? TIMELINE_LABELS[action] : undefined) ?? stepLabel(action) ?? { vi: action, en: action };
}
