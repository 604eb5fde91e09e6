import { assertAcceptanceRules, DEFAULT_ACCEPTANCE_COUNCIL_RULES, type AcceptanceCouncilRules } from './acceptance-grade';
import { assertBudgetAppraisalRules, DEFAULT_BUDGET_APPRAISAL_TEAM_RULES, type BudgetAppraisalTeamRules } from './budget-appraisal';
import { assertCompositionRules } from './council-roster';
import { assertIdentificationRules, DEFAULT_IDENTIFICATION_COUNCIL_RULES, type IdentificationCouncilRules } from './identification-vote';
import { assertQuorumRules } from './quorum';
import { assertSelectionRules, DEFAULT_SELECTION_COUNCIL_RULES, type SelectionCouncilRules } from './selection-score';

/** Every council rule of one procedure version, so the version can store and change them together. */
export interface CouncilRules {
  readonly identification: IdentificationCouncilRules;
  readonly selection: SelectionCouncilRules;
  readonly budgetAppraisal: BudgetAppraisalTeamRules;
  readonly acceptance: AcceptanceCouncilRules;
}

/** The defaults from process.md ("Council rules"). */
export const DEFAULT_COUNCIL_RULES: CouncilRules = {
  identification: DEFAULT_IDENTIFICATION_COUNCIL_RULES,
  selection: DEFAULT_SELECTION_COUNCIL_RULES,
  budgetAppraisal: DEFAULT_BUDGET_APPRAISAL_TEAM_RULES,
  acceptance: DEFAULT_ACCEPTANCE_COUNCIL_RULES,
};

/** Rejects an edited rule set before a procedure version is saved with it. */
export function assertCouncilRules(rules: CouncilRules): void {
  for (const part of [rules.identification, rules.selection, rules.budgetAppraisal, rules.acceptance]) {
    assertCompositionRules(part);
    assertQuorumRules(part);
  }
  assertIdentificationRules(rules.identification);
  assertSelectionRules(rules.selection);
  assertBudgetAppraisalRules(rules.budgetAppraisal);
  assertAcceptanceRules(rules.acceptance);
}
