import { timelineEntries, type TimelineRow } from './timeline-rows';

const row = (action: string, actorId: string, actorRole: string, before: unknown, after: unknown): TimelineRow => ({ action, actorId, actorRole, before, after });
const SYSTEM = 'system';

describe('timelineEntries', () => {
  it('places step.X.opened at step X, not at the step the case came from', () => {
    const [entry] = timelineEntries([row('step.endorsement.opened', SYSTEM, 'system', { step: 'intake' }, { step: 'endorsement' })]);
    expect(entry.step).toBe('endorsement');
  });

  it('tells a decision once: the task’s task.decided row gives way to the case’s step row', () => {
    const entries = timelineEntries([
      row('task.opened', SYSTEM, 'system', null, { step: 'intake' }),
      row('task.decided', 'officer', 'department-officer', null, { step: 'intake' }),
      row('step.intake.accept', 'officer', 'user', { step: 'intake' }, { step: 'intake' }),
    ]);
    expect(entries.map((entry) => entry.row.action)).toEqual(['task.opened', 'step.intake.accept']);
    expect(entries[1].actorRole).toBe('department-officer');
  });

  it('a task ended by a council’s conclusion is not shown as cancelled; a task cancelled by a withdrawal is', () => {
    const council = timelineEntries([
      row('council.closed', 'secretary', 'council-secretary', { step: 'identification-council' }, { step: 'identification-council' }),
      row('task.cancelled', SYSTEM, 'system', null, { step: 'identification-council' }),
      row('step.identification-council.not-carry-out', 'secretary', 'user', { step: 'identification-council' }, { step: 'identification-council' }),
    ]);
    expect(council.map((entry) => [entry.row.action, entry.actorRole])).toEqual([
      ['council.closed', 'council-secretary'],
      ['step.identification-council.not-carry-out', 'council-secretary'],
    ]);
    const withdrawn = timelineEntries([row('task.cancelled', SYSTEM, 'system', null, { step: 'intake' }), row('application.withdrawn', 'ent', 'enterprise-user', { step: 'intake' }, { step: null })]);
    expect(withdrawn.map((entry) => entry.row.action)).toEqual(['task.cancelled', 'application.withdrawn']);
  });

  it('keeps the placeholder role of someone who acted nowhere else, and the system’s rows as they are', () => {
    const entries = timelineEntries([row('step.intake.accept', 'x', 'user', { step: 'intake' }, null), row('task.opened', SYSTEM, 'system', null, { step: 'endorsement' })]);
    expect(entries.map((entry) => entry.actorRole)).toEqual(['user', 'system']);
  });
});
