import { SizeClass } from '../enterprises';
import { parsePlainDate, PlainDate } from '../calendar/plain-date';
import { SupportPolicy } from './support-policy';

export interface PolicyEligibility {
  /** Owned by women, employing many women, or a social enterprise: unlocks the higher-cap rows. */
  readonly womenOrSocialEnterprise?: boolean;
}

/**
 * The rows that apply on `onDate` (inclusive at both ends) to an enterprise of `sizeClass`, in
 * input order (ISO dates compare as strings). A higher-cap row that applies hides the row it supersedes, so each kind of support
 * appears once.
 */
export function policiesInForce(
  policies: readonly SupportPolicy[],
  onDate: PlainDate,
  sizeClass: SizeClass,
  eligibility: PolicyEligibility = {},
): SupportPolicy[] {
  parsePlainDate(onDate, 'onDate');
  const applicable = policies.filter(
    (policy) =>
      policy.validFrom <= onDate &&
      (policy.validTo === undefined || onDate <= policy.validTo) &&
      (policy.sizeClasses === undefined || policy.sizeClasses.includes(sizeClass)) &&
      (!policy.womenOrSocialEnterpriseOnly || eligibility.womenOrSocialEnterprise === true),
  );
  const superseded = new Set(applicable.flatMap((policy) => (policy.supersedes === undefined ? [] : [policy.supersedes])));
  return applicable.filter((policy) => !superseded.has(policy.code));
}
