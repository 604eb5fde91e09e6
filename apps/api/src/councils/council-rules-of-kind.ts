import { DEFAULT_COUNCIL_RULES, type CouncilKind, type CouncilRules } from '../../../../libs/domain/src/councils';

/**
 * The rule object a council of `kind` sits under, copied into the council when it is convened.
 * `rules` are those of the case's procedure version (councilRulesOfVersion); the law's defaults otherwise.
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
