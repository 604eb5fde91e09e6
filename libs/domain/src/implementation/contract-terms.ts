import { isPlainDate, type PlainDate } from '../calendar/plain-date';
import { addCalendarMonths } from '../councils/iso-date';
import { DomainError, type LocalizedText } from '../errors/domain-error';

/** An advance of funds (tạm ứng) the contract schedules: how much, by when. */
export interface FundingTranche {
  label: string;
  amountVnd: number;
  dueDate: PlainDate;
}

/** A result the enterprise commits to deliver by a date (tiến độ thực hiện in the contract). */
export interface ContractMilestone {
  title: string;
  dueDate: PlainDate;
}

/** What the signed contract fixes (process.md §A step 7): effective date, duration, tranches, milestones. */
export interface ContractTerms {
  effectiveDate: PlainDate;
  durationMonths: number;
  /** The last day of the contract: effective date plus its duration in calendar months. */
  endDate: PlainDate;
  tranches: FundingTranche[];
  milestones: ContractMilestone[];
}

export interface ContractLimits {
  /** The approved amount; the tranches may not add up to more. Null when none was recorded. */
  approvedAmountVnd: number | null;
  maxDurationMonths: number;
}

/** The longest contract the engine accepts (five years). */
export const MAX_CONTRACT_MONTHS = 60;
const MAX_TRANCHES = 12;
const MAX_MILESTONES = 50;
const MAX_TEXT = 500;

/**
 * Reads the contract data a `signed` decision carries. Tranches and milestones are optional
 * (older contracts carry neither) but, when given, must fall within the contract's term and the
 * tranches must not exceed the approved amount.
 */
export function parseContractTerms(data: Readonly<Record<string, unknown>>, limits: ContractLimits): ContractTerms {
  const fail = (field: string, vi: string, en: string): never => {
    throw new DomainError('contract-terms-invalid', { vi, en }, field);
  };
  const { effectiveDate, durationMonths } = data;
  if (!isPlainDate(effectiveDate)) return fail('effectiveDate', 'Cần effectiveDate là một ngày (YYYY-MM-DD).', 'effectiveDate must be a date (YYYY-MM-DD).');
  if (typeof durationMonths !== 'number' || !Number.isSafeInteger(durationMonths) || durationMonths < 1 || durationMonths > limits.maxDurationMonths) {
    return fail('durationMonths', `Cần durationMonths là số tháng nguyên từ 1 đến ${limits.maxDurationMonths}.`, `durationMonths must be a whole number of months from 1 to ${limits.maxDurationMonths}.`);
  }
  const endDate = addCalendarMonths(effectiveDate, durationMonths, 'effectiveDate');
  const withinTerm = (field: string, date: unknown): PlainDate => {
    if (!isPlainDate(date)) return fail(field, `Cần ${field} là một ngày (YYYY-MM-DD).`, `${field} must be a date (YYYY-MM-DD).`);
    if (date < effectiveDate || date > endDate) {
      return fail(field, `${field} phải nằm trong thời hạn hợp đồng (${effectiveDate} – ${endDate}).`, `${field} must fall within the contract term (${effectiveDate} – ${endDate}).`);
    }
    return date;
  };
  const listOf = (field: string, max: number): Record<string, unknown>[] => {
    const value = data[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.length > max || value.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))) {
      return fail(field, `Cần ${field} là danh sách tối đa ${max} mục.`, `${field} must be a list of at most ${max} entries.`);
    }
    return value as Record<string, unknown>[];
  };
  const text = (field: string, value: unknown, fallback?: string): string => {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'string' || !value.trim() || value.length > MAX_TEXT) return fail(field, `Cần ${field} (tối đa ${MAX_TEXT} ký tự).`, `${field} is required (at most ${MAX_TEXT} characters).`);
    return value.trim();
  };

  const tranches = listOf('tranches', MAX_TRANCHES).map((tranche, index) => {
    const field = `tranches[${index}]`;
    const amountVnd = tranche.amountVnd;
    if (typeof amountVnd !== 'number' || !Number.isSafeInteger(amountVnd) || amountVnd <= 0) {
      return fail(`${field}.amountVnd`, `Cần ${field}.amountVnd là số đồng nguyên dương.`, `${field}.amountVnd must be a positive whole number of VND.`);
    }
    return { label: text(`${field}.label`, tranche.label, `Đợt ${index + 1}`), amountVnd, dueDate: withinTerm(`${field}.dueDate`, tranche.dueDate) };
  });
  const total = tranches.reduce((sum, tranche) => sum + tranche.amountVnd, 0);
  if (limits.approvedAmountVnd !== null && total > limits.approvedAmountVnd) {
    fail('tranches', `Tổng các đợt tạm ứng (${total} đồng) vượt kinh phí được phê duyệt (${limits.approvedAmountVnd} đồng).`, `The tranches add up to ${total} VND, more than the approved ${limits.approvedAmountVnd} VND.`);
  }
  const milestones = listOf('milestones', MAX_MILESTONES).map((milestone, index) => ({
    title: text(`milestones[${index}].title`, milestone.title),
    dueDate: withinTerm(`milestones[${index}].dueDate`, milestone.dueDate),
  }));
  return { effectiveDate, durationMonths, endDate, tranches, milestones };
}

/** The rule broken by `data`, in words, or undefined when the terms are valid (for validators that must not throw). */
export function contractTermsProblem(data: Readonly<Record<string, unknown>>, limits: ContractLimits): LocalizedText | undefined {
  try {
    parseContractTerms(data, limits);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.text;
    throw error;
  }
}
