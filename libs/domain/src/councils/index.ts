// Public API of the council rules. Arithmetic, date and money helpers stay internal so they
// cannot clash with the shared money and calendar modules in a wider barrel.
export type { Fraction } from './fraction';
export { compareFractions, formatHundredths, toHundredths } from './fraction';
export * from './council-kinds';
export type { Attendance, CouncilCompositionRules, CouncilMember, RoleCount } from './council-roster';
export { assertCouncilComposition } from './council-roster';
export * from './quorum';
export * from './identification-vote';
export * from './score-weights';
export * from './selection-score';
export * from './budget-appraisal';
export * from './acceptance-grade';
export * from './council-rules';
