import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReminderKind } from '../../../../../libs/domain/src/deadlines/reminder-schedule';
import { PILOT_MODEL_ACTIONS } from '../../../../../workflows/pilot-model/pilot-model-actions';
import { timelineLabel } from '../../applications/get-application-timeline/timeline-labels';
import { pilotModelTimelineLabel } from './pilot-model-timeline-labels';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');

/** What the decision-task workflow records on its subject's timeline (a pilot model's clocks and reviews). */
const TASK_EVENTS = ['task.opened', 'task.claimed', 'task.extended', 'task.reassigned', 'task.decided', 'task.cancelled'];
const REMINDER_KINDS = ['before-due', 'due-today', 'escalate-unit-head', 'escalate-manager', 'overdue'] as const satisfies readonly ReminderKind[];
// A reminder kind added to the domain and not listed above fails to compile here.
const everyReminderKindListed: [Exclude<ReminderKind, (typeof REMINDER_KINDS)[number]>] extends [never] ? true : false = true;
const TASK_ACTIONS = [...TASK_EVENTS, ...REMINDER_KINDS.map((kind) => `task.${kind}`)];

/** Action codes written as literals in the workflow code that records on a pilot model's timeline. */
function actionLiteralsInSources(): string[] {
  const folder = path.join(ROOT, 'workflows', 'pilot-model');
  const files = [...fs.readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts')).map((file) => path.join(folder, file)), path.join(ROOT, 'workflows', 'decision', 'decision-task.workflow.ts')];
  const found = new Set<string>();
  for (const file of files) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/['`]((?:pilot-model|milestone|step|task)\.[a-z-]+(?:\.[a-z-]+)?)['`]/g)) found.add(match[1]);
  }
  return [...found].sort();
}

describe('pilot-model timeline labels', () => {
  it('gives every action the pilot-model workflow records a Vietnamese and an English label of its own', () => {
    expect(everyReminderKindListed).toBe(true);
    expect(PILOT_MODEL_ACTIONS.length).toBe(6 + 6 * 7);
    for (const action of PILOT_MODEL_ACTIONS) {
      const label = pilotModelTimelineLabel(action);
      // The fallback shows the bare code: a label equal to the code means none was written.
      expect({ action, vi: label.vi !== action && label.vi.trim() !== '', en: label.en !== action && label.en.trim() !== '' }).toEqual({ action, vi: true, en: true });
    }
    const vietnamese = PILOT_MODEL_ACTIONS.map((action) => pilotModelTimelineLabel(action).vi);
    expect(new Set(vietnamese).size).toBe(vietnamese.length);
  });

  it('labels the decision tasks (clocks, reviews, reminders, cancellations) exactly as the application timeline does', () => {
    for (const action of TASK_ACTIONS) {
      expect(pilotModelTimelineLabel(action)).toEqual(timelineLabel(action));
      expect(pilotModelTimelineLabel(action).vi).not.toBe(action);
    }
  });

  it('has a label for every action code written in the workflow sources, so a new one without a label fails', () => {
    const literals = actionLiteralsInSources();
    expect(literals).toEqual(expect.arrayContaining(['pilot-model.created', 'pilot-model.terminated', 'milestone.waived', 'task.cancelled']));
    for (const action of literals) expect({ action, known: [...PILOT_MODEL_ACTIONS, ...TASK_ACTIONS].includes(action) }).toEqual({ action, known: true });
  });

  it('reads steps as the pilot-model procedure names them, and says the termination in both languages', () => {
    expect(pilotModelTimelineLabel('step.implement.milestones-opened')).toEqual({ vi: 'Tổ chức thực hiện: bắt đầu theo dõi các mốc', en: 'Implement: milestone clocks started' });
    expect(pilotModelTimelineLabel('step.assess.returned')).toEqual({ vi: 'Đánh giá thực trạng: trả lại, yêu cầu chỉnh sửa', en: 'Assess the current state: returned with comments' });
    expect(pilotModelTimelineLabel('pilot-model.terminated')).toEqual({ vi: 'Chấm dứt mô hình điểm', en: 'Pilot model terminated' });
  });

  it('shows an unknown code as itself rather than dropping it', () => {
    expect(pilotModelTimelineLabel('step.nowhere.started')).toEqual({ vi: 'step.nowhere.started', en: 'step.nowhere.started' });
    expect(pilotModelTimelineLabel('step.assess.exploded')).toEqual({ vi: 'step.assess.exploded', en: 'step.assess.exploded' });
  });
});
