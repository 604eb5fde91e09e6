import { DomainError } from '../errors/domain-error';
import { NSCL_2021 } from './nscl-2021.seed';
import type { ProcedureDefinition } from './procedure-definition';
import { procedureInForce, procedureVersion } from './procedure-in-force';
import { PROCEDURE_DEFINITIONS } from './procedures.seed';
import { workingDays } from './time-limit';
import { validateProcedureSet } from './validate-procedure-set';

/** A later version, as an administrator would publish it when the 2025 law takes effect. */
const NSCL_2025: ProcedureDefinition = {
  ...NSCL_2021,
  version: '2025',
  effectiveFrom: '2025-10-01',
  steps: NSCL_2021.steps.map((step) => (step.code === 'intake' ? { ...step, timeLimit: workingDays(5) } : step)),
};
const versions: ProcedureDefinition[] = [{ ...NSCL_2021, effectiveTo: '2025-10-01' }, NSCL_2025];

describe('procedureInForce', () => {
  it('finds the seeded versions', () => {
    expect(procedureInForce(PROCEDURE_DEFINITIONS, 'nscl', '2024-05-01').version).toBe('2021');
    expect(procedureInForce(PROCEDURE_DEFINITIONS, 'pilot-model', '2024-05-01').version).toBe('2021');
  });

  it('keeps the old version for a case submitted before the new one takes effect', () => {
    validateProcedureSet(versions);
    const submittedOn = '2025-09-30';
    const kept = procedureInForce(versions, 'nscl', submittedOn);
    expect(kept.version).toBe('2021');
    // Later, the case is still read with the version it stored, not the one in force today.
    expect(procedureVersion(versions, 'nscl', kept.version).steps.find((s) => s.code === 'intake')?.timeLimit).toEqual(workingDays(7));
    expect(procedureInForce(versions, 'nscl', '2025-10-01').version).toBe('2025');
    expect(procedureInForce(versions, 'nscl', '2030-01-01').steps.find((s) => s.code === 'intake')?.timeLimit).toEqual(workingDays(5));
  });

  it('errors when no version is in force, or the procedure or version is unknown', () => {
    expect(() => procedureInForce(versions, 'nscl', '2020-12-31')).toThrow(expect.objectContaining({ code: 'PROCEDURE_NOT_IN_FORCE' }));
    expect(() => procedureInForce(versions, 'unknown', '2022-01-01')).toThrow(DomainError);
    expect(() => procedureVersion(versions, 'nscl', '1999')).toThrow(DomainError);
    expect(() => procedureInForce(versions, 'nscl', '2022-13-01')).toThrow(DomainError);
  });

  it('refuses to pick between overlapping versions of an unchecked set', () => {
    expect(() => procedureInForce([NSCL_2021, NSCL_2025], 'nscl', '2026-01-01')).toThrow(expect.objectContaining({ code: 'PROCEDURE_VERSIONS_OVERLAP' }));
  });
});

describe('validateProcedureSet', () => {
  it('accepts back-to-back versions', () => {
    expect(() => validateProcedureSet([...versions, ...PROCEDURE_DEFINITIONS.filter((d) => d.code !== 'nscl')])).not.toThrow();
  });

  it('rejects an open-ended version followed by another', () => {
    expect(() => validateProcedureSet([NSCL_2021, NSCL_2025])).toThrow(expect.objectContaining({ code: 'PROCEDURE_VERSIONS_OVERLAP' }));
  });

  it('rejects versions whose periods overlap', () => {
    expect(() => validateProcedureSet([{ ...NSCL_2021, effectiveTo: '2025-10-02' }, NSCL_2025])).toThrow(expect.objectContaining({ code: 'PROCEDURE_VERSIONS_OVERLAP' }));
  });

  it('rejects the same version twice and any invalid member', () => {
    expect(() => validateProcedureSet([NSCL_2021, { ...NSCL_2021, effectiveFrom: '2030-01-01' }])).toThrow(expect.objectContaining({ code: 'PROCEDURE_VERSION_DUPLICATE' }));
    expect(() => validateProcedureSet([{ ...NSCL_2021, steps: [] }])).toThrow(DomainError);
  });
});
