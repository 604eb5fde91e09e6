import type { TimeLimit } from './time-limit';

/** Figures of the implementation phase (process.md §A step 8 and "Changes during implementation" [law]). */
export interface ImplementationRules {
  readonly inspectionNoticeAtLeast: TimeLimit;
  readonly inspectionFindingsWithin: TimeLimit;
  /** Months between inspections; absent means 12 (a yearly inspection). */
  readonly inspectionEveryMonths?: number;
  readonly extension: {
    readonly maxCount: number;
    /** Tasks longer than this many months may be extended by `maxMonthsLongTask`, others by `maxMonthsShortTask`. */
    readonly longTaskAboveMonths: number;
    readonly maxMonthsLongTask: number;
    readonly maxMonthsShortTask: number;
    readonly requestAtLeastMonthsBeforeEnd: number;
    readonly decidedWithin: TimeLimit;
  };
  /** The acceptance dossier is due this long after the contract ends. */
  readonly acceptanceDossierWithin: TimeLimit;
}
