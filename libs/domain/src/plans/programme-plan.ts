import type { LocalizedText } from '../errors/domain-error';

/** A calendar date as `YYYY-MM-DD`. */
export type PlanDate = string;

/** A span a plan sets targets for, e.g. { code: '2021-2025', from: '2021-01-01', to: '2025-12-31' }. */
export interface PlanPeriod {
  readonly code: string;
  readonly from: PlanDate;
  /** Last day, inclusive. */
  readonly to: PlanDate;
}

export const TARGET_COMPARATORS = ['at-least', 'about', 'exactly', 'more-than', 'range'] as const;
/** How the plan words the number: "ít nhất 20", "khoảng 10", "6", "hơn 30", "1–2". */
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];

export interface TargetRange {
  readonly min: number;
  readonly max: number;
}

/**
 * A number, a range (with comparator 'range'), or `null` when the plan names the target
 * without a figure ("enterprises helped toward the National Quality Award").
 */
export type TargetValue = number | TargetRange | null;

/** Whole things counted (classes, enterprises) or a percentage (growth rates, shares). */
export type TargetMeasure = 'count' | 'percent';

/** An exact ratio, e.g. { num: 11, den: 10 } for "+10%". */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

export interface PlanTarget {
  /** Unique within the plan together with `period` (the same indicator recurs per period). */
  readonly code: string;
  readonly indicator: LocalizedText;
  readonly unit: LocalizedText;
  readonly measure: TargetMeasure;
  readonly value: TargetValue;
  readonly comparator: TargetComparator;
  /** A `PlanPeriod.code` of the same plan. */
  readonly period: string;
  /** Set on targets computed from another period's, never typed in. */
  readonly derivedFrom?: { readonly period: string; readonly factor: Ratio };
}

/** A body named in a plan; `departmentCode` links it to a seeded department when one exists. */
export interface PlanUnit {
  readonly name: LocalizedText;
  readonly departmentCode?: string;
}

export interface PlanTask {
  readonly code: string;
  readonly content: LocalizedText;
  /** As the plan words it: "2022–2024", "Hằng năm, trước 30/11", "Q3/2021". */
  readonly timing: LocalizedText;
  readonly leadUnit: PlanUnit;
  readonly cooperatingUnits: readonly PlanUnit[];
}

/** A province's plan implementing the national NSCL programme (organisation.md). */
export interface ProgrammePlan {
  /** `<historical province>/<number-slug>`, e.g. 'thanh-hoa/159-kh-ubnd-2021'. */
  readonly code: string;
  /** The province in force today that carries the plan on (its current successor). */
  readonly provinceCode: string;
  /** The province that issued the plan, which may no longer exist. */
  readonly historicalProvinceCode: string;
  readonly issuer: LocalizedText;
  /** e.g. '159/KH-UBND'; `null` when the number is not known. */
  readonly number: string | null;
  /** `null` when only the year is known. */
  readonly issuedOn: PlanDate | null;
  readonly issuedYear: number;
  readonly periods: readonly PlanPeriod[];
  readonly targets: readonly PlanTarget[];
  readonly tasks: readonly PlanTask[];
}
