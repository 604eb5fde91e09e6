import { DomainError, LocalizedText } from '../errors/domain-error';
import { taxCodeCheckDigit } from './tax-code-check-digit';

/**
 * - `enterprise`: 10 digits, for an enterprise or organisation (and individuals registered before 2025-07-01);
 * - `dependent-unit`: 10 digits of the parent + "-" + 3 digits (branch, representative office, business location);
 * - `personal-id`: the 12-digit personal identification number used as the tax code of individuals,
 *   household businesses and business individuals from 2025-07-01 (Circular 86/2024/TT-BTC, Art. 5(5)).
 */
export type TaxCodeKind = 'enterprise' | 'dependent-unit' | 'personal-id';

export interface TaxCode {
  readonly kind: TaxCodeKind;
  /** Canonical form: "0100109106", "0100109106-001" or twelve digits. */
  readonly value: string;
  /** The 10-digit code of the unit (the parent for a dependent unit) or the 12-digit personal ID. */
  readonly base: string;
  /** The 3-digit dependent-unit suffix, or null. */
  readonly branch: string | null;
}

export type TaxCodeProblem = 'empty' | 'non-digit' | 'dash-position' | 'length' | 'serial' | 'check-digit' | 'branch-suffix';

export type TaxCodeCheck =
  | { readonly valid: true; readonly taxCode: TaxCode }
  | { readonly valid: false; readonly problem: TaxCodeProblem; readonly text: LocalizedText };

// Pasted codes often carry Unicode dashes (en dash, non-breaking hyphen, minus sign).
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Trims, removes all whitespace and unifies dashes, so "0312 68 78 78 – 001" reads as "0312687878-001". */
export function normalizeTaxCode(input: string): string {
  return input.replace(/\s+/g, '').replace(DASHES, '-');
}

/** Checks a tax code without throwing; the result says what is wrong, in Vietnamese and English. */
export function checkTaxCode(input: string): TaxCodeCheck {
  const code = normalizeTaxCode(input);
  if (code === '') {
    return invalid('empty', { vi: 'Mã số thuế đang để trống.', en: 'The tax code is empty.' });
  }
  if (/[^\d-]/.test(code)) {
    return invalid('non-digit', {
      vi: `Mã số thuế "${code}" có ký tự không phải chữ số; chỉ được dùng chữ số và một dấu "-" trước 3 số của đơn vị phụ thuộc.`,
      en: `The tax code "${code}" contains characters other than digits; only digits and one "-" before a dependent unit's 3 digits are allowed.`,
    });
  }
  if (code.includes('-')) {
    const dash = code.indexOf('-');
    if (dash !== 10 || code.lastIndexOf('-') !== dash) {
      return invalid('dash-position', {
        vi: `Mã số thuế "${code}" đặt dấu "-" sai chỗ: dấu "-" chỉ đứng sau 10 chữ số đầu, trước 3 số của đơn vị phụ thuộc (ví dụ 0100109106-001).`,
        en: `The tax code "${code}" has a misplaced "-": it may only follow the first 10 digits, before a dependent unit's 3 digits (e.g. 0100109106-001).`,
      });
    }
    const suffix = code.slice(11);
    if (suffix.length !== 3) return badBranch(suffix);
    return checkEnterprise(code.slice(0, 10), suffix);
  }
  switch (code.length) {
    case 10:
      return checkEnterprise(code, null);
    case 12:
      // No check digit is published for personal identification numbers: only the form is checked.
      return { valid: true, taxCode: { kind: 'personal-id', value: code, base: code, branch: null } };
    case 13:
      return checkEnterprise(code.slice(0, 10), code.slice(10));
    default:
      return invalid('length', {
        vi: `Mã số thuế "${code}" có ${code.length} chữ số; phải có 10 chữ số (doanh nghiệp, tổ chức), 10 chữ số + "-" + 3 chữ số (đơn vị phụ thuộc) hoặc 12 chữ số (số định danh cá nhân).`,
        en: `The tax code "${code}" has ${code.length} digits; it must have 10 digits (enterprise, organisation), 10 digits + "-" + 3 digits (dependent unit) or 12 digits (personal identification number).`,
      });
  }
}

/** Parses a tax code or throws DomainError('TAX_CODE_INVALID') naming `field`. */
export function parseTaxCode(input: string, field = 'taxCode'): TaxCode {
  const result = checkTaxCode(input);
  if (!result.valid) throw new DomainError('TAX_CODE_INVALID', result.text, field);
  return result.taxCode;
}

function checkEnterprise(base: string, branch: string | null): TaxCodeCheck {
  // Digits 3–9 are a serial number from 0000001 (python-stdnum rejects 0000000 as a component).
  if (base.slice(2, 9) === '0000000') {
    return invalid('serial', {
      vi: `Mã số thuế "${base}" không hợp lệ: 7 chữ số thứ 3 đến thứ 9 (số thứ tự) không được đều là 0.`,
      en: `The tax code "${base}" is invalid: digits 3 to 9 (the serial number) cannot all be 0.`,
    });
  }
  if (branch !== null && (branch === '000' || !/^\d{3}$/.test(branch))) return badBranch(branch);
  const expected = taxCodeCheckDigit(base.slice(0, 9));
  const actual = Number(base[9]);
  if (expected === null) {
    return invalid('check-digit', {
      vi: `Mã số thuế "${base}" sai chữ số kiểm tra: 9 chữ số đầu ${base.slice(0, 9)} không có chữ số kiểm tra hợp lệ nào, có thể đã gõ nhầm một chữ số.`,
      en: `The tax code "${base}" has a wrong check digit: the first nine digits ${base.slice(0, 9)} admit no valid check digit; a digit was probably mistyped.`,
    });
  }
  if (expected !== actual) {
    return invalid('check-digit', {
      vi: `Mã số thuế "${base}" sai chữ số kiểm tra: với 9 chữ số đầu ${base.slice(0, 9)}, chữ số thứ 10 phải là ${expected} chứ không phải ${actual}; hãy kiểm tra lại từng chữ số.`,
      en: `The tax code "${base}" has a wrong check digit: for the first nine digits ${base.slice(0, 9)} the 10th digit must be ${expected}, not ${actual}; please check each digit.`,
    });
  }
  if (branch === null) return { valid: true, taxCode: { kind: 'enterprise', value: base, base, branch: null } };
  return { valid: true, taxCode: { kind: 'dependent-unit', value: `${base}-${branch}`, base, branch } };
}

function badBranch(suffix: string): TaxCodeCheck {
  return invalid('branch-suffix', {
    vi: `Phần đuôi đơn vị phụ thuộc "${suffix}" không hợp lệ: phải gồm đúng 3 chữ số, từ 001 đến 999.`,
    en: `The dependent-unit suffix "${suffix}" is invalid: it must be exactly 3 digits, from 001 to 999.`,
  });
}

function invalid(problem: TaxCodeProblem, text: LocalizedText): TaxCodeCheck {
  return { valid: false, problem, text };
}
