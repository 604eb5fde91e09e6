import { DomainError } from '../errors/domain-error';
import type { ProcedureDate } from './procedure-definition';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Rejects anything but a real `YYYY-MM-DD` date; returns it unchanged (such strings sort by date). */
export function assertProcedureDate(value: unknown, field: string): ProcedureDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= length) return value as ProcedureDate;
  }
  throw new DomainError(
    'DATE_INVALID',
    { vi: `Ngày không hợp lệ, cần dạng YYYY-MM-DD (${field}: ${String(value)})`, en: `Invalid date, expected YYYY-MM-DD (${field}: ${String(value)})` },
    field,
  );
}
