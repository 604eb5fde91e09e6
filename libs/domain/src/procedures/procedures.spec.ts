import { DomainError } from '../errors/domain-error';
import { NSCL_2021 } from './nscl-2021.seed';
import { PILOT_MODEL_2021 } from './pilot-model-2021.seed';
import type { ProcedureDefinition } from './procedure-definition';
import { PROCEDURE_DEFINITIONS } from './procedures.seed';
import { firstStep, outcomeOf, stepOf } from './step-of';
import { validateProcedure } from './validate-procedure';
import { validateProcedureSet } from './validate-procedure-set';

describe('NSCL 2021 seed (process.md §A)', () => {
  it('is valid, as is the whole seeded set', () => {
    expect(() => validateProcedure(NSCL_2021)).not.toThrow();
    expect(() => validateProcedureSet(PROCEDURE_DEFINITIONS)).not.toThrow();
  });

  it('has the steps of the table, in order, starting at the draft', () => {
    expect([...NSCL_2021.steps].sort((a, b) => a.order - b.order).map((step) => step.code)).toEqual([
      'draft',
      'intake',
      'supplement',
      'endorsement',
      'identification-council',
      'selection-council',
      'revision',
      'budget-appraisal',
      'approval',
      'contract',
      'implementation',
      'acceptance',
      'settlement',
    ]);
    expect(firstStep(NSCL_2021).code).toBe('draft');
  });

  it.each([
    ['intake', 7, 'working'],
    ['supplement', 10, 'working'],
    ['endorsement', 5, 'working'],
    ['revision', 20, 'calendar'],
    ['budget-appraisal', 25, 'calendar'],
    ['approval', 15, 'calendar'],
    ['contract', 10, 'working'],
    ['settlement', 10, 'working'],
  ])('%s has %i %s days', (code, amount, unit) => {
    expect(stepOf(NSCL_2021, code).timeLimit).toEqual({ amount, unit });
  });

  it('routes the outcomes of the table', () => {
    const next = (step: string, outcome: string) => stepOf(NSCL_2021, step).outcomes.find((o) => o.code === outcome)?.next;
    expect(next('draft', 'submit')).toBe('intake');
    expect(next('intake', 'accept')).toBe('endorsement');
    expect(next('intake', 'request-supplement')).toBe('supplement');
    expect(next('intake', 'reject')).toBe('rejected');
    expect(next('supplement', 'resubmit')).toBe('intake');
    expect(next('supplement', 'lapse')).toBe('withdrawn');
    expect(next('endorsement', 'endorse')).toBe('identification-council');
    expect(next('identification-council', 'not-carry-out')).toBe('rejected');
    expect(next('selection-council', 'revise')).toBe('revision');
    expect(next('budget-appraisal', 'return')).toBe('revision');
    expect(next('approval', 'approve')).toBe('contract');
    expect(next('implementation', 'terminate')).toBe('terminated');
    expect(next('acceptance', 'fail')).toBe('settlement');
    expect(next('settlement', 'settled')).toBe('closed');
  });

  it('withdraws a lapsed supplement automatically and pauses the intake clock while waiting', () => {
    expect(stepOf(NSCL_2021, 'supplement').onLapse).toBe('lapse');
    expect(stepOf(NSCL_2021, 'intake').outcomes.find((o) => o.code === 'request-supplement')?.pausesClock).toBe(true);
  });

  it('runs the pilot model as a child of implementation, due by the contract end', () => {
    const implementation = stepOf(NSCL_2021, 'implementation');
    expect(implementation.childProcedure).toEqual({ code: 'pilot-model', forSupportKind: 'pilot-model' });
    expect(implementation.dueBy).toBe('contract-end');
  });

  it('carries the council figures as plain data', () => {
    expect(NSCL_2021.councilRules.identification?.quorumAtLeast).toEqual({ num: 2, den: 3 });
    expect(NSCL_2021.councilRules.selection?.passMeanAtLeast).toBe(70);
    expect(NSCL_2021.councilRules['budget-appraisal']?.quorumAtLeast).toEqual({ num: 4, den: 5 });
    expect(NSCL_2021.councilRules.acceptance?.failShareAbove).toEqual({ num: 1, den: 3 });
    expect(NSCL_2021.reminders).toEqual({ unit: 'working', beforeDue: [3, 1], onDueDay: true, escalateToHeadAfter: 1, escalateToManagerAfter: 5, repeatEvery: 2 });
  });
});

describe('pilot-model 2021 seed (process.md §B)', () => {
  it('is valid with six steps, each submitted by the enterprise and approved or returned', () => {
    expect(() => validateProcedure(PILOT_MODEL_2021)).not.toThrow();
    expect(PILOT_MODEL_2021.steps.map((step) => step.code)).toEqual(['assess', 'select', 'plan', 'implement', 'evaluate', 're-evaluate']);
    for (const step of PILOT_MODEL_2021.steps) {
      expect(step.submission?.by).toEqual({ kind: 'enterprise' });
      expect(step.outcomes.map((outcome) => outcome.code)).toEqual(['approve', 'return']);
      expect(step.outcomes[1]).toMatchObject({ next: step.code, requiresComment: true });
      expect(step.timeLimit).not.toBeNull();
    }
    expect(stepOf(PILOT_MODEL_2021, 're-evaluate').outcomes[0]?.next).toBe('closed');
    // Step 2 is reviewed by the standing office and the sponsoring department in parallel, both must approve.
    expect(stepOf(PILOT_MODEL_2021, 'select').deciders).toEqual({
      actors: [{ kind: 'department', capability: 'intake' }, { kind: 'department', capability: 'sponsoring' }],
      rule: 'all-approve',
      approve: 'approve',
    });
    expect(stepOf(PILOT_MODEL_2021, 'select').submission?.itemGroups?.map((group) => `${group.code} ≥ ${group.min}`)).toEqual(['management ≥ 1', 'standards ≥ 1', 'measurement ≥ 1', 'technology ≥ 1']);
  });
});

describe('stepOf and outcomeOf', () => {
  it('rejects an unknown step', () => {
    expect(() => stepOf(NSCL_2021, 'teleport')).toThrow(DomainError);
  });

  it('accepts an allowed outcome and refuses others, engine-only ones and missing comments', () => {
    expect(outcomeOf(NSCL_2021, 'intake', 'accept').next).toBe('endorsement');
    expect(outcomeOf(NSCL_2021, 'intake', 'reject', 'Ngoài đối tượng hỗ trợ').next).toBe('rejected');
    expect(() => outcomeOf(NSCL_2021, 'intake', 'approve')).toThrow(DomainError);
    expect(() => outcomeOf(NSCL_2021, 'supplement', 'lapse')).toThrow(DomainError);
    expect(() => outcomeOf(NSCL_2021, 'intake', 'reject', '  ')).toThrow(expect.objectContaining({ code: 'COMMENT_REQUIRED' }));
  });
});

describe('validateProcedure', () => {
  const steps = NSCL_2021.steps;
  const withStep = (code: string, change: (step: (typeof steps)[number]) => object): ProcedureDefinition => ({
    ...NSCL_2021,
    steps: steps.map((step) => (step.code === code ? ({ ...step, ...change(step) } as (typeof steps)[number]) : step)),
  });

  it.each<[string, ProcedureDefinition]>([
    ['duplicate step codes', { ...NSCL_2021, steps: [...steps, { ...steps[1]!, order: 99 }] }],
    ['duplicate orders', withStep('intake', () => ({ order: 0 }))],
    ['an outcome leading nowhere', withStep('intake', (s) => ({ outcomes: [...s.outcomes, { code: 'teleport', label: { vi: 'x', en: 'x' }, next: 'mars' }] }))],
    ['a zero time limit', withStep('intake', () => ({ timeLimit: { amount: 0, unit: 'working' } }))],
    ['a fractional time limit', withStep('intake', () => ({ timeLimit: { amount: 1.5, unit: 'working' } }))],
    ['an unknown time unit', withStep('intake', () => ({ timeLimit: { amount: 5, unit: 'fortnights' } }))],
    ['a return to an unknown step', withStep('endorsement', () => ({ returnableTo: ['nowhere'] }))],
    ['onLapse naming no outcome', withStep('supplement', () => ({ onLapse: 'vanish' }))],
    ['a department actor without a known capability', withStep('intake', () => ({ actor: { kind: 'department', capability: 'magic' } }))],
    ['a step without a limit or due date', withStep('approval', () => ({ timeLimit: null }))],
    ['a step using a terminal state as its code', withStep('settlement', () => ({ code: 'closed' }))],
    ['duplicate outcome codes', withStep('intake', (s) => ({ outcomes: [...s.outcomes, s.outcomes[0]] }))],
    ['a step that cannot be reached', { ...NSCL_2021, steps: [...steps, { ...steps[1]!, code: 'orphan', order: 99 }] }],
    ['a loop with no way out', withStep('settlement', () => ({ outcomes: [{ code: 'again', label: { vi: 'x', en: 'x' }, next: 'settlement' }] }))],
    ['effectiveTo not after effectiveFrom', { ...NSCL_2021, effectiveTo: '2021-01-01' }],
    ['an impossible date', { ...NSCL_2021, effectiveFrom: '2021-02-30' }],
    ['reminders not decreasing', { ...NSCL_2021, reminders: { ...NSCL_2021.reminders, beforeDue: [1, 3] } }],
    [
      'score weights not summing to 100',
      { ...NSCL_2021, councilRules: { ...NSCL_2021.councilRules, selection: { ...NSCL_2021.councilRules.selection!, weights: { project: { overview: 50 }, 'applied-research': { content: 100 } } } } },
    ],
    ['a quorum share above 1', { ...NSCL_2021, councilRules: { acceptance: { ...NSCL_2021.councilRules.acceptance!, failShareAbove: { num: 4, den: 3 } } } }],
  ])('rejects %s', (_label, definition) => {
    expect(() => validateProcedure(definition)).toThrow(DomainError);
  });
});
