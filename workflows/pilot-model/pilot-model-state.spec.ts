import { ApplicationFailure } from '@temporalio/common';
import type { Actor } from '../decision/messages';
import { PilotModelState } from './pilot-model-state';

const manager: Actor = { userId: 'u-manager', username: 'manager', roles: ['programme-manager'], provinceCode: 'thanh-hoa', councilIds: [] };
const NOW = '2026-03-02T02:00:00.000Z';

function model(): PilotModelState {
  const state = new PilotModelState({ pilotModelId: 'pm-1', applicationId: null, enterpriseId: 'ent-a', provinceCode: 'thanh-hoa', title: 'Mô hình điểm' }, NOW);
  state.beginStep(0, NOW);
  return state;
}

/** The failure type a validator refuses with, or 'accepted'. */
function verdict(check: () => void): string {
  try {
    check();
    return 'accepted';
  } catch (error) {
    if (error instanceof ApplicationFailure) return error.type ?? 'untyped';
    throw error;
  }
}

describe('PilotModelState termination rules', () => {
  it("accepts only the province's programme manager, with a reason of reasonable length", () => {
    const state = model();
    expect(verdict(() => state.validateTermination({ actor: manager, reason: 'Doanh nghiệp ngừng sản xuất' }))).toBe('accepted');
    expect(verdict(() => state.validateTermination({ actor: { ...manager, provinceCode: 'hung-yen' }, reason: 'x' }))).toBe('PilotModelNotManager');
    expect(verdict(() => state.validateTermination({ actor: { ...manager, roles: ['department-officer'] }, reason: 'x' }))).toBe('PilotModelNotManager');
    expect(verdict(() => state.validateTermination({ actor: manager, reason: ' \n ' }))).toBe('PilotModelReasonRequired');
    expect(verdict(() => state.validateTermination({ actor: manager, reason: undefined as unknown as string }))).toBe('PilotModelReasonRequired');
    expect(verdict(() => state.validateTermination({ actor: manager, reason: 'x'.repeat(4001) }))).toBe('PilotModelReasonRequired');
  });

  it('refuses a model already terminated, completed, or closing after the approval of step 6', () => {
    const terminated = model();
    terminated.requestTermination({ actor: manager, reason: 'Lý do' }, NOW);
    expect(verdict(() => terminated.validateTermination({ actor: manager, reason: 'Lần nữa' }))).toBe('PilotModelFinished');

    const completed = model();
    completed.data.status = 'completed';
    expect(verdict(() => completed.validateTermination({ actor: manager, reason: 'x' }))).toBe('PilotModelFinished');

    const closing = model();
    closing.beginStep(5, NOW);
    expect(verdict(() => closing.validateTermination({ actor: manager, reason: 'x' }))).toBe('accepted');
    closing.data.phase = 'done';
    expect(verdict(() => closing.validateTermination({ actor: manager, reason: 'x' }))).toBe('PilotModelFinished');
  });

  it('records who, why and where; stops every clock; and refuses the enterprise afterwards', () => {
    const state = model();
    state.beginStep(3, NOW);
    state.data.milestones = [
      { id: 'm1', itemCode: 'ISO_9001', title: 'ISO', owner: 'QMR', dueDate: '2026-06-30', budgetLine: 'NSNN', status: 'open', progress: [], waivedReason: null, clockTaskId: 'clock-1' },
      { id: 'm2', itemCode: '5s', title: '5S', owner: 'QĐ', dueDate: '2026-04-20', budgetLine: 'DN', status: 'done', progress: [], waivedReason: null, clockTaskId: null },
      { id: 'm3', itemCode: 'KAIZEN', title: 'Kaizen', owner: 'QĐ', dueDate: '2026-05-20', budgetLine: 'DN', status: 'open', progress: [], waivedReason: null, clockTaskId: 'clock-3' },
    ];
    expect(state.requestTermination({ actor: manager, reason: '  Ngừng sản xuất  ' }, NOW)).toEqual({
      at: NOW,
      by: { userId: 'u-manager', username: 'manager', role: 'programme-manager' },
      reason: 'Ngừng sản xuất',
      step: 'implement',
    });
    expect(verdict(() => state.validateProgress({ actor: { ...manager, roles: ['enterprise-user'], enterpriseId: 'ent-a' }, milestoneId: 'm1', status: 'in-progress', note: 'x', evidence: [] }))).toBe('PilotModelFinished');

    expect(state.terminate()).toEqual(['clock-1', 'clock-3']);
    expect(state.snapshot()).toMatchObject({ status: 'terminated', step: null, phase: 'done', submissionTaskId: null, reviewTaskId: null, termination: { step: 'implement', reason: 'Ngừng sản xuất' } });
    expect(state.openClocks()).toEqual([]);
    expect(state.data.milestones.map((milestone) => milestone.status)).toEqual(['open', 'done', 'open']);
  });
});
