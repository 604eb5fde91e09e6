import type { LocalizedText } from '../../../../../libs/domain/src/errors/domain-error';
import { PROCEDURE_DEFINITIONS } from '../../../../../libs/domain/src/procedures/procedures.seed';
import { PilotModelEventAction, STEP_EVENTS, StepEvent } from '../../../../../workflows/pilot-model/pilot-model-actions';
import { timelineLabel } from '../../applications/get-application-timeline/timeline-labels';

/** The model as a whole and its milestones (a Record, so a new event code cannot go unlabelled). */
const EVENT_LABELS: Readonly<Record<PilotModelEventAction, LocalizedText>> = {
  'pilot-model.created': { vi: 'Khởi tạo mô hình điểm', en: 'Pilot model opened' },
  'pilot-model.completed': { vi: 'Hoàn thành mô hình điểm', en: 'Pilot model completed' },
  'pilot-model.terminated': { vi: 'Chấm dứt mô hình điểm', en: 'Pilot model terminated' },
  'milestone.in-progress': { vi: 'Báo cáo tiến độ mốc', en: 'Milestone progress reported' },
  'milestone.done': { vi: 'Hoàn thành mốc', en: 'Milestone done' },
  'milestone.waived': { vi: 'Miễn mốc', en: 'Milestone waived' },
};

/** What happened within a step; the step itself is named as the pilot-model procedure names it. */
const STEP_EVENT_LABELS: Readonly<Record<StepEvent, LocalizedText>> = {
  started: { vi: 'bắt đầu', en: 'started' },
  submitted: { vi: 'doanh nghiệp nộp sản phẩm', en: 'deliverable submitted' },
  'review-opened': { vi: 'chuyển thẩm định', en: 'sent for review' },
  approved: { vi: 'chấp thuận', en: 'approved' },
  returned: { vi: 'trả lại, yêu cầu chỉnh sửa', en: 'returned with comments' },
  'milestones-opened': { vi: 'bắt đầu theo dõi các mốc', en: 'milestone clocks started' },
  'milestones-closed': { vi: 'các mốc đã hoàn thành hoặc được miễn', en: 'every milestone done or waived' },
};

const isStepEvent = (code: string): code is StepEvent => (STEP_EVENTS as readonly string[]).includes(code);
const isModelEvent = (action: string): action is PilotModelEventAction => Object.prototype.hasOwnProperty.call(EVENT_LABELS, action);

function stepName(stepCode: string): LocalizedText | undefined {
  for (const definition of PROCEDURE_DEFINITIONS.filter((candidate) => candidate.code === 'pilot-model')) {
    const step = definition.steps.find((candidate) => candidate.code === stepCode);
    if (step) return step.name;
  }
  return undefined;
}

function stepEventLabel(action: string): LocalizedText | undefined {
  const match = /^step\.([a-z-]+)\.([a-z-]+)$/.exec(action);
  if (!match) return undefined;
  const [, stepCode, eventCode] = match;
  const name = stepName(stepCode);
  const event = isStepEvent(eventCode) ? STEP_EVENT_LABELS[eventCode] : undefined;
  return name && event ? { vi: `${name.vi}: ${event.vi}`, en: `${name.en}: ${event.en}` } : undefined;
}

/**
 * What a person reads for each action on a pilot model's timeline: the model's own actions here;
 * the decision tasks' (task.opened, reminders, escalations, task.cancelled…) and any unknown code
 * as the application timeline reads them, so both timelines say the same thing the same way.
 */
export function pilotModelTimelineLabel(action: string): LocalizedText {
  return (isModelEvent(action) ? EVENT_LABELS[action] : undefined) ?? stepEventLabel(action) ?? timelineLabel(action);
}
