import { isSizeClass, SizeClass } from '../enterprises';
import { DomainError, LocalizedText } from '../errors/domain-error';
import { assertShare, assertVnd, Share, Vnd } from '../money';
import { parsePlainDate, PlainDate } from '../calendar/plain-date';

/** What one cap is counted against. */
export type SupportPer = 'contract-year' | 'enterprise-year' | 'contract' | 'task';

export const SUPPORT_PER_LABELS: Readonly<Record<SupportPer, LocalizedText>> = {
  'contract-year': { vi: 'mỗi hợp đồng mỗi năm', en: 'per contract per year' },
  'enterprise-year': { vi: 'mỗi doanh nghiệp mỗi năm', en: 'per enterprise per year' },
  contract: { vi: 'mỗi hợp đồng', en: 'per contract' },
  task: { vi: 'mỗi nhiệm vụ', en: 'per task' },
};

/**
 * One support rule as editable data: national seeds and provincial resolutions are rows, never code,
 * because levels change by resolution and year.
 */
export interface SupportPolicy {
  readonly code: string;
  readonly name: LocalizedText;
  /** The text and article the row comes from, e.g. "Nghị định 80/2021/NĐ-CP, Điều 13, khoản 2". */
  readonly legalBasis: string;
  /** The legal basis in English, for English readers; absent: show `legalBasis`. */
  readonly legalBasisEn?: string;
  /** The highest share of the eligible cost that may be paid. */
  readonly shareOfCost: Share;
  readonly capVnd: Vnd;
  readonly per: SupportPer;
  /** Size classes the row is for; absent means any size. */
  readonly sizeClasses?: readonly SizeClass[];
  /**
   * Codes of the support kinds (catalogue `support-kinds`) the row caps; absent or empty: no
   * support kind, so the row caps no case (it is kept for reference and reports).
   */
  readonly supportKinds?: readonly string[];
  /**
   * Only for enterprises owned by women, employing many women, or social enterprises, which get
   * higher caps (Decree 80/2021 Art. 13(2)).
   */
  readonly womenOrSocialEnterpriseOnly?: boolean;
  /** Code of the row this one replaces for an enterprise it applies to (the higher cap replaces the base cap). */
  readonly supersedes?: string;
  /** First day in force, inclusive. */
  readonly validFrom: PlainDate;
  /** Last day in force, inclusive; absent while in force. */
  readonly validTo?: PlainDate;
}

/** Checks an edited row; `field` prefixes the name of the property at fault. */
export function assertSupportPolicy(policy: SupportPolicy, field = 'policy'): void {
  if (typeof policy.code !== 'string' || policy.code.trim() === '') {
    throw invalidPolicy({ vi: 'Mã chính sách hỗ trợ đang để trống.', en: 'The support policy code is empty.' }, `${field}.code`);
  }
  if (!policy.name || !policy.name.vi?.trim() || !policy.name.en?.trim()) {
    throw invalidPolicy(
      { vi: `Chính sách "${policy.code}" cần tên bằng tiếng Việt và tiếng Anh.`, en: `Policy "${policy.code}" needs a Vietnamese and an English name.` },
      `${field}.name`,
    );
  }
  assertShare(policy.shareOfCost, `${field}.shareOfCost`);
  assertVnd(policy.capVnd, `${field}.capVnd`);
  if (!(policy.per in SUPPORT_PER_LABELS)) {
    throw invalidPolicy(
      { vi: `Chính sách "${policy.code}": đơn vị tính mức trần "${String(policy.per)}" không hợp lệ.`, en: `Policy "${policy.code}": the cap basis "${String(policy.per)}" is invalid.` },
      `${field}.per`,
    );
  }
  policy.sizeClasses?.forEach((sizeClass, index) => {
    if (!isSizeClass(sizeClass)) {
      throw invalidPolicy(
        { vi: `Chính sách "${policy.code}": quy mô "${String(sizeClass)}" không hợp lệ.`, en: `Policy "${policy.code}": the size class "${String(sizeClass)}" is invalid.` },
        `${field}.sizeClasses[${index}]`,
      );
    }
  });
  policy.supportKinds?.forEach((kind, index) => {
    if (typeof kind !== 'string' || kind.trim() === '') {
      throw invalidPolicy(
        { vi: `Chính sách "${policy.code}": mã nội dung hỗ trợ đang để trống.`, en: `Policy "${policy.code}": a support kind code is empty.` },
        `${field}.supportKinds[${index}]`,
      );
    }
  });
  parsePlainDate(policy.validFrom, `${field}.validFrom`);
  if (policy.validTo !== undefined) {
    parsePlainDate(policy.validTo, `${field}.validTo`);
    // ISO dates sort as strings in date order.
    if (policy.validTo < policy.validFrom) {
      throw invalidPolicy(
        {
          vi: `Chính sách "${policy.code}": ngày hết hiệu lực ${policy.validTo} trước ngày bắt đầu ${policy.validFrom}.`,
          en: `Policy "${policy.code}": the end date ${policy.validTo} is before the start date ${policy.validFrom}.`,
        },
        `${field}.validTo`,
      );
    }
  }
}

function invalidPolicy(text: LocalizedText, field: string): DomainError {
  return new DomainError('POLICY_INVALID', text, field);
}
