import { DomainError } from '../errors/domain-error';
import type { ProcedureDate, ProcedureDefinition } from './procedure-definition';
import { assertProcedureDate } from './procedure-date';

/** True when `effectiveFrom ≤ onDate < effectiveTo`. */
export function isProcedureInForce(definition: ProcedureDefinition, onDate: ProcedureDate): boolean {
  assertProcedureDate(onDate, 'onDate');
  return definition.effectiveFrom <= onDate && (definition.effectiveTo === undefined || onDate < definition.effectiveTo);
}

/**
 * The version of procedure `code` in force on `onDate` — call it with the day a case started, and
 * store the version: the case keeps it even after a newer version takes effect.
 * Errors when no version, or (in an unchecked set) more than one, is in force.
 */
export function procedureInForce(definitions: readonly ProcedureDefinition[], code: string, onDate: ProcedureDate): ProcedureDefinition {
  const matches = definitions.filter((definition) => definition.code === code && isProcedureInForce(definition, onDate));
  if (matches.length === 1) return matches[0] as ProcedureDefinition;
  if (matches.length === 0) {
    throw new DomainError(
      'PROCEDURE_NOT_IN_FORCE',
      { vi: `Không có phiên bản quy trình "${code}" có hiệu lực vào ngày ${onDate}`, en: `No version of procedure "${code}" is in force on ${onDate}` },
      'procedure',
    );
  }
  throw new DomainError(
    'PROCEDURE_VERSIONS_OVERLAP',
    {
      vi: `Nhiều phiên bản quy trình "${code}" cùng có hiệu lực vào ngày ${onDate}: ${matches.map((m) => m.version).join(', ')}`,
      en: `Several versions of procedure "${code}" are in force on ${onDate}: ${matches.map((m) => m.version).join(', ')}`,
    },
    'procedure',
  );
}

/** The exact version a case stored when it started. */
export function procedureVersion(definitions: readonly ProcedureDefinition[], code: string, version: string): ProcedureDefinition {
  const found = definitions.find((definition) => definition.code === code && definition.version === version);
  if (!found) {
    throw new DomainError(
      'PROCEDURE_VERSION_UNKNOWN',
      { vi: `Không có quy trình "${code}" phiên bản "${version}"`, en: `No procedure "${code}" version "${version}"` },
      'procedure',
    );
  }
  return found;
}
