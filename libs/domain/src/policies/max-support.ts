import { minVnd, shareOf, toVnd, Vnd } from '../money';
import { SupportPolicy } from './support-policy';

export interface MaxSupportOptions {
  /** Support already granted against the same cap in the same period (`policy.per`). */
  readonly alreadyGrantedVnd?: Vnd;
}

/**
 * The most the policy can pay towards `cost`: min(share of the cost rounded down, cap), less
 * what was already granted against the same cap, never below zero.
 */
export function maxSupport(cost: Vnd, policy: SupportPolicy, options: MaxSupportOptions = {}): Vnd {
  const share = shareOf(cost, policy.shareOfCost);
  const already = toVnd(options.alreadyGrantedVnd ?? 0, 'alreadyGrantedVnd');
  const capLeft = toVnd(Math.max(0, toVnd(policy.capVnd, 'capVnd') - already), 'capVnd');
  return minVnd(share, capLeft);
}
