import { DomainError } from '../errors/domain-error';
import type { ProcedureDefinition } from './procedure-definition';
import { validateProcedure } from './validate-procedure';

/**
 * Checks every version, then the set: versions of one procedure are unique and their periods
 * [effectiveFrom, effectiveTo) do not overlap, so exactly one (or none) is in force on any day.
 */
export function validateProcedureSet(definitions: readonly ProcedureDefinition[]): void {
  definitions.forEach(validateProcedure);
  const byCode = new Map<string, ProcedureDefinition[]>();
  for (const definition of definitions) byCode.set(definition.code, [...(byCode.get(definition.code) ?? []), definition]);

  for (const [code, versions] of byCode) {
    const seen = new Set<string>();
    for (const definition of versions) {
      if (seen.has(definition.version)) {
        throw new DomainError(
          'PROCEDURE_VERSION_DUPLICATE',
          { vi: `Quy trình "${code}" có hai phiên bản "${definition.version}"`, en: `Procedure "${code}" has two versions "${definition.version}"` },
          'version',
        );
      }
      seen.add(definition.version);
    }
    const ordered = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
    ordered.forEach((later, index) => {
      const earlier = ordered[index - 1];
      if (earlier && (earlier.effectiveTo === undefined || earlier.effectiveTo > later.effectiveFrom)) {
        throw new DomainError(
          'PROCEDURE_VERSIONS_OVERLAP',
          {
            vi: `Phiên bản "${earlier.version}" và "${later.version}" của quy trình "${code}" có hiệu lực chồng lên nhau`,
            en: `Versions "${earlier.version}" and "${later.version}" of procedure "${code}" overlap`,
          },
          'effectiveFrom',
        );
      }
    });
  }
}
