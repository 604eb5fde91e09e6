import { DEFAULT_COUNCIL_RULES, type CouncilKind, type CouncilRules } from '../../../../libs/domain/src/councils';

/**
 * The rule object a council of `kind` sits under, copied into the council when it is convened.
 * Procedure versions carry their council figures in another shape (CouncilRulesData) and the
 * domain has no conversion yet, so every council starts from the law's defaults.
 */
export function rulesOfKind(kind: CouncilKind, rules: CouncilRules = DEFAULT_COUNCIL_RULES): CouncilRules[keyof CouncilRules] {
  switch (kind) {
    case 'identification':
      return rules.identification;
    case 'selection':
      return rules.selection;
    case 'budget-appraisal':
      return rules.budgetAppraisal;
    case 'acceptance':
      return rules.acceptance;
  }
}
