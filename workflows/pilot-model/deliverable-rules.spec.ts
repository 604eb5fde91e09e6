import { ApplicationFailure } from '@temporalio/common';
import { PILOT_MODEL_2021 } from '../../libs/domain/src/procedures/pilot-model-2021.seed';
import type { ProcedureDefinition } from '../../libs/domain/src/procedures/procedure-definition';
import { PilotModelState } from './pilot-model-state';
import { assertDeliverable } from './deliverable-rules';
import type { SelectedItem } from './messages';

const CATALOGUE = { 'management-systems': ['ISO_9001'], 'improvement-tools': ['5s'], standards: ['tcvn'], 'measurement-contents': ['methods'], certifications: ['vietgap'] };

function stateWith(procedure: ProcedureDefinition) {
  const model = new PilotModelState({ pilotModelId: 'pm-1', applicationId: null, enterpriseId: 'ent-a', provinceCode: 'thanh-hoa', title: 'Mô hình điểm' }, '2026-03-02T02:00:00.000Z');
  model.data.procedure = procedure;
  model.data.catalogue = CATALOGUE;
  return model.data;
}

/** What the validator answers: 'accepted', or the failure's type with its Vietnamese and English words. */
function verdict(items: SelectedItem[], procedure = PILOT_MODEL_2021): { type: string; vi?: string; en?: string } {
  try {
    assertDeliverable('select', { items }, stateWith(procedure));
    return { type: 'accepted' };
  } catch (error) {
    if (!(error instanceof ApplicationFailure)) throw error;
    const [text] = (error.details ?? []) as { vi: string; en: string }[];
    return { type: error.type ?? 'untyped', vi: text?.vi, en: text?.en };
  }
}

const item = (catalogue: SelectedItem['catalogue'], code: string): SelectedItem => ({ catalogue, code, reason: 'Lý do' });
const COMBINED = [item('management-systems', 'ISO_9001'), item('standards', 'tcvn'), item('measurement-contents', 'methods'), item('technology', 'MES')];

describe('step 2 (select): áp dụng đồng bộ', () => {
  it('accepts an item of every group', () => {
    expect(verdict(COMBINED)).toEqual({ type: 'accepted' });
    // Good-practice certification counts towards the management group.
    expect(verdict([item('certifications', 'vietgap'), ...COMBINED.slice(1)])).toEqual({ type: 'accepted' });
  });

  it('refuses a selection missing a group, naming it in Vietnamese and English', () => {
    expect(verdict(COMBINED.filter((candidate) => candidate.catalogue !== 'measurement-contents'))).toEqual({
      type: 'PilotModelInvalidDeliverable',
      vi: 'Mô hình phải áp dụng đồng bộ; còn thiếu: Đảm bảo đo lường (cần ít nhất 1, đã chọn 0).',
      en: 'A pilot model applies its items together; still missing: Measurement assurance (at least 1, 0 selected).',
    });
  });

  it('applies the minimum the procedure version sets for each group', () => {
    const stricter: ProcedureDefinition = {
      ...PILOT_MODEL_2021,
      steps: PILOT_MODEL_2021.steps.map((step) =>
        step.code === 'select' && step.submission
          ? { ...step, submission: { ...step.submission, itemGroups: (step.submission.itemGroups ?? []).map((group) => (group.code === 'management' ? { ...group, min: 2 } : group)) } }
          : step,
      ),
    };
    expect(verdict(COMBINED, stricter).en).toContain('Management systems, improvement tools or good-practice certification (at least 2, 1 selected)');
    expect(verdict([...COMBINED, item('improvement-tools', '5s')], stricter)).toEqual({ type: 'accepted' });
  });

  it('keeps the older rule for a version without groups: a management system or improvement tool suffices', () => {
    const older: ProcedureDefinition = {
      ...PILOT_MODEL_2021,
      steps: PILOT_MODEL_2021.steps.map((step) => (step.code === 'select' && step.submission ? { ...step, submission: { ...step.submission, itemGroups: undefined } } : step)),
    };
    expect(verdict([item('management-systems', 'ISO_9001')], older)).toEqual({ type: 'accepted' });
    expect(verdict([item('standards', 'tcvn')], older).type).toBe('PilotModelInvalidDeliverable');
  });
});
