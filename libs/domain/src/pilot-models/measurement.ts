import { DomainError } from '../errors/domain-error';
import { parsePlainDate, PlainDate } from '../calendar/plain-date';

/** One figure of a pilot model, at the baseline (step 1) or after application (step 6). */
export interface Measurement {
  /** Indicator code, e.g. 'DEFECT_RATE'. */
  readonly indicator: string;
  readonly unit: string;
  /** May be a decimal, e.g. 2.5 (%); compared exactly as written (see decimal.ts). */
  readonly value: number;
  readonly date: PlainDate;
  /** Where the figure comes from: report, records, audit. */
  readonly source: string;
}

export function assertMeasurement(measurement: Measurement, field: string): void {
  if (typeof measurement.indicator !== 'string' || measurement.indicator.trim() === '') {
    throw invalid(`${field}.indicator`, { vi: 'Chưa ghi mã chỉ tiêu của số liệu.', en: 'The indicator code of the figure is missing.' });
  }
  if (typeof measurement.unit !== 'string' || measurement.unit.trim() === '') {
    throw invalid(`${field}.unit`, {
      vi: `Chưa ghi đơn vị tính của chỉ tiêu "${measurement.indicator}".`,
      en: `The unit of indicator "${measurement.indicator}" is missing.`,
    });
  }
  if (typeof measurement.value !== 'number' || !Number.isFinite(measurement.value)) {
    throw invalid(`${field}.value`, {
      vi: `Giá trị "${String(measurement.value)}" của chỉ tiêu "${measurement.indicator}" không phải là một số.`,
      en: `The value "${String(measurement.value)}" of indicator "${measurement.indicator}" is not a number.`,
    });
  }
  parsePlainDate(measurement.date, `${field}.date`);
}

/** Units compare after trimming and dropping blanks around "/", so "VND / người / năm" = "VND/người/năm"; case matters (mWh ≠ MWh). */
export function normalizeUnit(unit: string): string {
  return unit.normalize('NFC').trim().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ');
}

function invalid(field: string, text: { vi: string; en: string }): DomainError {
  return new DomainError('MEASUREMENT_INVALID', text, field);
}
