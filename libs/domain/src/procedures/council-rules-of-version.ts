import {
  DEFAULT_COUNCIL_RULES,
  type CouncilKind,
  type CouncilRules,
  type ScoreCriterion,
  type ScoreWeights,
  type TaskType,
} from '../councils';
import type { CouncilRulesData, MemberCount, RuleShare } from './council-rules-data';
import { workingDays, type TimeLimit } from './time-limit';

/**
 * The council rules a case runs under: the figures its procedure version fixes (CouncilRulesData)
 * laid over the law's defaults. What a version leaves out (or a case without a version) keeps the
 * defaults, and rule details the version format has no slot for (tie mode, Finance Department
 * seat, grades allowed against "Xuất sắc") stay as the defaults say.
 */
export function councilRulesOfVersion(data: CouncilRulesData | undefined, defaults: CouncilRules = DEFAULT_COUNCIL_RULES): CouncilRules {
  const identification = data?.identification;
  const selection = data?.selection;
  const appraisal = data?.['budget-appraisal'];
  const acceptance = data?.acceptance;
  return {
    identification: identification
      ? {
          ...defaults.identification,
          ...members(identification.members),
          roleCounts: { ...defaults.identification.roleCounts, reviewer: exactly(identification.reviewers) },
          quorumShare: share(identification.quorumAtLeast),
          quorumNeedsChairOrAuthorisedViceChair: identification.quorumMustInclude.includes('chair'),
          quorumNeedsAllReviewers: identification.quorumMustInclude.includes('reviewer'),
          quorumNeedsSecretary: identification.quorumMustInclude.includes('secretary'),
          backingShare: share(identification.recommendShareAbove),
        }
      : defaults.identification,
    selection: selection
      ? {
          ...defaults.selection,
          ...members(selection.members),
          roleCounts: { ...defaults.selection.roleCounts, reviewer: exactly(selection.reviewers) },
          quorumShare: share(selection.quorumAtLeast),
          maxTotalScore: selection.maxScore,
          scoreWeights: {
            'du-an': weights(selection.weights.project, defaults.selection.scoreWeights['du-an']),
            'de-tai': weights(selection.weights['applied-research'], defaults.selection.scoreWeights['de-tai']),
          } satisfies Record<TaskType, ScoreWeights>,
          outlierShare: share(selection.outlierDeviationAbove),
          passMeanScore: selection.passMeanAtLeast,
          zeroScoreShare: share(selection.zeroScoreShareAbove),
          proposerBonusShare: share(selection.proposerBonus),
          // process.md: the bonus applies when the mean already passes.
          proposerBonusFromMeanScore: selection.passMeanAtLeast,
        }
      : defaults.selection,
    budgetAppraisal: appraisal ? { ...defaults.budgetAppraisal, ...members(appraisal.members), quorumShare: share(appraisal.quorumAtLeast) } : defaults.budgetAppraisal,
    acceptance: acceptance
      ? {
          ...defaults.acceptance,
          ...members(acceptance.members),
          roleCounts: { ...defaults.acceptance.roleCounts, reviewer: exactly(acceptance.reviewers) },
          excellentShare: share(acceptance.excellentShareAtLeast),
          failShare: share(acceptance.failShareAbove),
          lateDossierMonths: acceptance.lateDossierFailsAfterMonths,
        }
      : defaults.acceptance,
  };
}

/** process.md: papers reach the members ≥5 NLV before an identification meeting, ≥7 NLV before a selection meeting. */
const DEFAULT_PAPERS_BEFORE_MEETING: Readonly<Partial<Record<CouncilKind, TimeLimit>>> = {
  identification: workingDays(5),
  selection: workingDays(7),
};

/** How long before a council of `kind` meets its papers must go out, or null when the rules set no such limit. */
export function papersBeforeMeeting(kind: CouncilKind, data: CouncilRulesData | undefined): TimeLimit | null {
  if (kind === 'identification') return data?.identification?.papersBeforeMeeting ?? DEFAULT_PAPERS_BEFORE_MEETING.identification ?? null;
  if (kind === 'selection') return data?.selection?.papersBeforeMeeting ?? DEFAULT_PAPERS_BEFORE_MEETING.selection ?? null;
  return null;
}

function members(count: MemberCount): { minMembers: number; maxMembers: number } {
  return { minMembers: count.min, maxMembers: count.max };
}

function exactly(count: number): { min: number; max: number } {
  return { min: count, max: count };
}

function share(value: RuleShare): { num: number; den: number } {
  return { num: value.num, den: value.den };
}

/** The version's weights in its order, keeping the default label of a criterion it names the same way. */
function weights(data: Readonly<Record<string, number>>, defaults: ScoreWeights): ScoreWeights {
  const labels = new Map(defaults.map((criterion) => [criterion.id, criterion.label]));
  return Object.entries(data).map(([id, weight]): ScoreCriterion => ({ id, weight, label: labels.get(id) ?? { vi: id, en: id } }));
}
