import { SizeClass } from '../enterprises';
import { LocalizedText } from '../errors/domain-error';
import { PlainDate } from '../calendar/plain-date';
import { PolicyEligibility, policiesInForce } from './policies-in-force';
import { SUPPORT_PER_LABELS, SupportPolicy } from './support-policy';

export interface CapQuery {
  readonly supportKind: string;
  readonly sizeClass: SizeClass;
  readonly onDate: PlainDate;
  readonly eligibility?: PolicyEligibility;
}

/** The cap a budget appraisal may not exceed, with what it rests on (shown to the appraiser when refused). */
export interface SupportCap {
  readonly policyCode: string;
  readonly capVnd: number;
  readonly policyName: LocalizedText;
  readonly legalBasis: LocalizedText;
  readonly per: LocalizedText;
}

/**
 * The cap in force for a case: among the rows in force on `onDate` for the size class that are
 * mapped to the case's support kind, the one with the highest cap (ties: the first row).
 * Highest, because several rows mapped to one kind (e.g. digital-transformation consulting and
 * digital solutions, both "digital-management") are alternative bases for the same support: the
 * appraisal may use any one of them, so only the largest binds. An administrator who wants a
 * lower cap to bind unmaps the other rows or closes them (validTo).
 * `undefined`: no row caps this support kind, so only the requested amount bounds the approval.
 */
export function capInForce(policies: readonly SupportPolicy[], query: CapQuery): SupportCap | undefined {
  const mapped = policiesInForce(policies, query.onDate, query.sizeClass, query.eligibility).filter((policy) =>
    (policy.supportKinds ?? []).includes(query.supportKind),
  );
  const binding = mapped.reduce<SupportPolicy | undefined>((best, policy) => (best === undefined || policy.capVnd > best.capVnd ? policy : best), undefined);
  if (binding === undefined) return undefined;
  return {
    policyCode: binding.code,
    capVnd: binding.capVnd,
    policyName: binding.name,
    legalBasis: { vi: binding.legalBasis, en: binding.legalBasisEn ?? binding.legalBasis },
    per: SUPPORT_PER_LABELS[binding.per],
  };
}
