import type { ProcedureStep } from '../../libs/domain/src/procedures/procedure-definition';
import type { CouncilConclusion } from './messages';

/**
 * A council's result in its own words (libs/domain/src/councils) as the outcome code of the
 * procedure step it decides. Throws on an unknown pairing: a procedure whose outcomes no longer
 * match the council rules must fail loudly, not guess.
 */
export function councilOutcomeFor(step: ProcedureStep, conclusion: CouncilConclusion): string {
  const byCouncil: Record<string, Record<string, string>> = {
    identification: {
      'khong-thuc-hien': 'not-carry-out',
      'thuc-hien': conclusion.detail.mode === 'giao-truc-tiep' ? 'carry-out-direct' : 'carry-out-selection',
    },
    selection: { selected: 'selected', 'not-selected': 'not-selected', revise: 'revise' },
    'budget-appraisal': { approved: 'approved', return: 'return' },
    acceptance: { 'xuat-sac': 'excellent', dat: 'pass', 'khong-dat': 'fail' },
  };
  const outcome = byCouncil[conclusion.kind]?.[conclusion.outcome];
  if (!outcome || !step.outcomes.some((candidate) => candidate.code === outcome)) {
    throw new Error(`Council result "${conclusion.kind}/${conclusion.outcome}" matches no outcome of step "${step.code}"`);
  }
  return outcome;
}
