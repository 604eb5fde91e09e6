/** The steps of the support-application procedure (nscl/2021) in order, for the Steps display; names are in i18n. */
export const STEP_CODES = [
  'draft',
  'intake',
  'endorsement',
  'identification-council',
  'selection-council',
  'budget-appraisal',
  'approval',
  'contract',
  'implementation',
  'acceptance',
  'settlement',
] as const;

/** Side steps shown in place of the main step they return to. */
export const SIDE_STEPS: Record<string, string> = { supplement: 'intake', revision: 'budget-appraisal' };
