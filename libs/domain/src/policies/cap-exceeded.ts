import { LocalizedText } from '../errors/domain-error';
import { formatVnd } from '../money/format-vnd';
import type { SupportCap } from './cap-in-force';

/**
 * Why an approved amount above the cap is refused, naming the cap (formatted VND), the row and its
 * legal basis; undefined when the amount is within the cap. Pure, so the workflow's validator can use it.
 */
export function capExceededProblem(field: string, amountVnd: number, cap: SupportCap): LocalizedText | undefined {
  if (amountVnd <= cap.capVnd) return undefined;
  return {
    vi:
      `${field} (${formatVnd(amountVnd)}) vượt mức hỗ trợ tối đa ${formatVnd(cap.capVnd)} ${cap.per.vi} ` +
      `theo "${cap.policyName.vi}" (${cap.policyCode}), căn cứ ${cap.legalBasis.vi}.`,
    en:
      `${field} (${formatVnd(amountVnd)}) exceeds the cap of ${formatVnd(cap.capVnd)} ${cap.per.en} ` +
      `under "${cap.policyName.en}" (${cap.policyCode}), legal basis: ${cap.legalBasis.en}.`,
  };
}
