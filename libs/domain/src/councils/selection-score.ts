import { DomainError, type LocalizedText } from '../errors/domain-error';
import { assertBallotRoll } from './ballot-roll';
import { assertAttendance, type Attendance, type CouncilCompositionRules, type CouncilMember } from './council-roster';
import {
  addFractions,
  assertFraction,
  assertRuleCount,
  assertShare,
  compareFractions,
  exceedsShare,
  formatHundredths,
  fraction,
  multiplyFractions,
  toHundredths,
  type Fraction,
} from './fraction';
import { evaluateQuorum, type QuorumResult, type QuorumRules } from './quorum';
import { assertScoreWeights, DEFAULT_SCORE_WEIGHTS, TASK_TYPES, type ScoreWeights, type TaskType } from './score-weights';
import { assertVnd, formatVnd } from './vnd';

export const SELECTION_OUTCOMES = ['duoc-chon', 'khong-duoc-chon'] as const;
export type SelectionOutcome = (typeof SELECTION_OUTCOMES)[number];
export const SELECTION_OUTCOME_LABELS: Readonly<Record<SelectionOutcome, LocalizedText>> = {
  'duoc-chon': { vi: 'Được tuyển chọn', en: 'Selected' },
  'khong-duoc-chon': { vi: 'Không được tuyển chọn', en: 'Not selected' },
};

export interface SelectionCouncilRules extends CouncilCompositionRules, QuorumRules {
  /** A ballot's maximum; the weights of each task type must add up to it. */
  readonly maxTotalScore: number;
  readonly scoreWeights: Readonly<Record<TaskType, ScoreWeights>>;
  /** A ballot is set aside when |total − mean of all ballots| is STRICTLY more than this share of that mean. */
  readonly outlierShare: Fraction;
  /** A proposal passes only when the mean of kept ballots is at least this. */
  readonly passMeanScore: number;
  /** A proposal fails when one criterion got 0 from STRICTLY more than this share of the members present. */
  readonly zeroScoreShare: Fraction;
  /** Bonus for the organisation that proposed the task: final score = mean × (1 + share). */
  readonly proposerBonusShare: Fraction;
  /** The bonus applies only when the mean is already at least this. */
  readonly proposerBonusFromMeanScore: number;
}

export const DEFAULT_SELECTION_COUNCIL_RULES: SelectionCouncilRules = {
  minMembers: 7,
  maxMembers: 9,
  roleCounts: { reviewer: { min: 2, max: 2 } },
  quorumShare: { num: 2, den: 3 },
  // process.md states only the 2/3 head count for this council.
  quorumNeedsChairOrAuthorisedViceChair: false,
  quorumNeedsAllReviewers: false,
  quorumNeedsSecretary: false,
  maxTotalScore: 100,
  scoreWeights: DEFAULT_SCORE_WEIGHTS,
  outlierShare: { num: 1, den: 5 },
  passMeanScore: 70,
  zeroScoreShare: { num: 1, den: 4 },
  proposerBonusShare: { num: 1, den: 10 },
  proposerBonusFromMeanScore: 70,
};

/** One member's scores for one proposal: whole points per criterion id, 0..weight. */
export interface ScoreBallot {
  readonly memberId: string;
  readonly scores: Readonly<Record<string, number>>;
}

export interface SelectionProposal {
  readonly id: string;
  /** State-budget amount requested, whole VND; the smaller request wins a tie. */
  readonly stateBudgetRequestVnd: number;
  /** The organisation that proposed (ordered) the task; it may earn the bonus. */
  readonly fromTaskProposer: boolean;
  readonly ballots: readonly ScoreBallot[];
}

export interface SelectionInput {
  readonly members: readonly CouncilMember[];
  readonly attendance: Attendance;
  readonly taskType: TaskType;
  readonly proposals: readonly SelectionProposal[];
}

export interface ScoreBallotDetail {
  readonly memberId: string;
  readonly total: number;
  readonly setAside: boolean;
  readonly zeroCriteria: readonly string[];
}

export type SelectionFailureCode = 'no-kept-ballots' | 'mean-below-pass' | 'criterion-zero-too-often';

export interface SelectionFailure {
  readonly code: SelectionFailureCode;
  readonly criterionId: string | null;
  readonly text: LocalizedText;
}

export interface ProposalScore {
  readonly proposalId: string;
  readonly stateBudgetRequestVnd: number;
  readonly fromTaskProposer: boolean;
  readonly ballots: readonly ScoreBallotDetail[];
  /** Mean of every ballot, used only to find outliers. */
  readonly meanOfAll: Fraction;
  /** Mean of the kept ballots, exact; null when every ballot was set aside. */
  readonly mean: Fraction | null;
  /** `mean` in hundredths rounded half up (70.333… → 7033), for display. */
  readonly meanHundredths: number | null;
  readonly bonusApplied: boolean;
  /** `mean`, times (1 + bonus) when the bonus applies; exact. Ranks passing proposals. */
  readonly finalScore: Fraction | null;
  readonly finalScoreHundredths: number | null;
  /** How many present members gave 0 to each criterion (set-aside ballots included). */
  readonly zeroCounts: Readonly<Record<string, number>>;
  readonly passed: boolean;
  readonly failures: readonly SelectionFailure[];
  readonly outcome: SelectionOutcome;
  /** 1 = best among passing proposals; null when it did not pass. Equal proposals share a rank. */
  readonly rank: number | null;
}

export type SelectionResult =
  | { readonly status: 'no-quorum'; readonly quorum: QuorumResult }
  | {
      readonly status: 'scored';
      readonly quorum: QuorumResult;
      readonly taskType: TaskType;
      /** In input order. */
      readonly proposals: readonly ProposalScore[];
      /** Passing proposal ids, best first; proposals the rules cannot separate are listed by id, never by input order. */
      readonly ranking: readonly string[];
      readonly winnerId: string | null;
      /** Passing proposals equal on score AND budget request at the top: the rules cannot choose. Listed by id. */
      readonly unresolvedTieIds: readonly string[];
      readonly explanation: LocalizedText;
    };

export function assertSelectionRules(rules: SelectionCouncilRules): void {
  assertRuleCount(rules.maxTotalScore, 'maxTotalScore', 1);
  for (const type of TASK_TYPES) assertScoreWeights(rules.scoreWeights[type] ?? [], rules.maxTotalScore, `scoreWeights.${type}`);
  assertFraction(rules.outlierShare, 'outlierShare');
  assertRuleCount(rules.passMeanScore, 'passMeanScore');
  assertShare(rules.zeroScoreShare, 'zeroScoreShare');
  assertFraction(rules.proposerBonusShare, 'proposerBonusShare');
  assertRuleCount(rules.proposerBonusFromMeanScore, 'proposerBonusFromMeanScore');
}

function ballotTotal(ballot: ScoreBallot, weights: ScoreWeights, at: string): { total: number; zeroCriteria: string[] } {
  const scores = ballot.scores ?? {};
  for (const key of Object.keys(scores)) {
    if (!weights.some((criterion) => criterion.id === key)) {
      throw new DomainError(
        'CRITERION_UNKNOWN',
        { vi: `Tiêu chí không có trong thang điểm: ${key}`, en: `Criterion not in the score sheet: ${key}` },
        `${at}.scores.${key}`,
      );
    }
  }
  let total = 0;
  const zeroCriteria: string[] = [];
  for (const criterion of weights) {
    const score = scores[criterion.id];
    // Whole points only: the sheets score in points, and integers keep the arithmetic exact.
    if (typeof score !== 'number' || !Number.isSafeInteger(score) || score < 0 || score > criterion.weight) {
      throw new DomainError(
        'SCORE_OUT_OF_RANGE',
        {
          vi: `Điểm "${criterion.label.vi}" của ${ballot.memberId} phải là số nguyên từ 0 đến ${criterion.weight} (nhận: ${String(score)})`,
          en: `${ballot.memberId}'s score for "${criterion.label.en}" must be a whole number from 0 to ${criterion.weight} (got ${String(score)})`,
        },
        `${at}.scores.${criterion.id}`,
      );
    }
    total += score;
    if (score === 0) zeroCriteria.push(criterion.id);
  }
  return { total, zeroCriteria };
}

function scoreOne(
  proposal: SelectionProposal,
  index: number,
  weights: ScoreWeights,
  presentCount: number,
  rules: SelectionCouncilRules,
): Omit<ProposalScore, 'outcome' | 'rank'> {
  const at = `proposals[${index}]`;
  const read = proposal.ballots.map((ballot, i) => ({ memberId: ballot.memberId, ...ballotTotal(ballot, weights, `${at}.ballots[${i}]`) }));
  const count = read.length;
  const sum = read.reduce((acc, ballot) => acc + ballot.total, 0);
  const meanOfAll = fraction(sum, count);
  // |total − sum/n| > share × sum/n  ⇔  |n·total − sum|·den > num·sum (all integers).
  const ballots: ScoreBallotDetail[] = read.map((ballot) => ({
    ...ballot,
    setAside: Math.abs(count * ballot.total - sum) * rules.outlierShare.den > rules.outlierShare.num * sum,
  }));
  const kept = ballots.filter((ballot) => !ballot.setAside);
  const mean = kept.length === 0 ? null : fraction(kept.reduce((acc, b) => acc + b.total, 0), kept.length);

  const zeroCounts: Record<string, number> = {};
  for (const criterion of weights) {
    zeroCounts[criterion.id] = ballots.filter((ballot) => ballot.zeroCriteria.includes(criterion.id)).length;
  }

  const failures: SelectionFailure[] = [];
  if (mean === null) {
    failures.push({
      code: 'no-kept-ballots',
      criterionId: null,
      text: {
        vi: 'Mọi phiếu đều lệch quá xa điểm trung bình nên bị loại; không tính được điểm',
        en: 'Every ballot was set aside as too far from the mean; no score can be computed',
      },
    });
  } else if (compareFractions(mean, fraction(rules.passMeanScore)) < 0) {
    failures.push({
      code: 'mean-below-pass',
      criterionId: null,
      text: {
        vi: `Điểm trung bình ${formatHundredths(mean)} thấp hơn ${rules.passMeanScore}`,
        en: `Mean score ${formatHundredths(mean)} is below ${rules.passMeanScore}`,
      },
    });
  }
  const zeroShare = `${rules.zeroScoreShare.num}/${rules.zeroScoreShare.den}`;
  for (const criterion of weights) {
    const zeros = zeroCounts[criterion.id] as number;
    if (exceedsShare(zeros, presentCount, rules.zeroScoreShare)) {
      failures.push({
        code: 'criterion-zero-too-often',
        criterionId: criterion.id,
        text: {
          vi: `Tiêu chí "${criterion.label.vi}" bị ${zeros}/${presentCount} thành viên có mặt cho 0 điểm (quá ${zeroShare})`,
          en: `Criterion "${criterion.label.en}" got 0 from ${zeros} of ${presentCount} members present (more than ${zeroShare})`,
        },
      });
    }
  }

  const bonusApplied =
    proposal.fromTaskProposer === true && mean !== null && compareFractions(mean, fraction(rules.proposerBonusFromMeanScore)) >= 0;
  const finalScore =
    mean === null ? null : bonusApplied ? multiplyFractions(mean, addFractions(fraction(1), rules.proposerBonusShare)) : mean;

  return {
    proposalId: proposal.id,
    stateBudgetRequestVnd: proposal.stateBudgetRequestVnd,
    fromTaskProposer: proposal.fromTaskProposer === true,
    ballots,
    meanOfAll,
    mean,
    meanHundredths: mean === null ? null : toHundredths(mean),
    bonusApplied,
    finalScore,
    finalScoreHundredths: finalScore === null ? null : toHundredths(finalScore),
    zeroCounts,
    passed: failures.length === 0,
    failures,
  };
}

/** Better first: higher final score, then the smaller state-budget request. 0 = the rules cannot separate them. */
function compareProposals(a: Omit<ProposalScore, 'outcome' | 'rank'>, b: Omit<ProposalScore, 'outcome' | 'rank'>): number {
  const byScore = compareFractions(b.finalScore as Fraction, a.finalScore as Fraction);
  return byScore !== 0 ? byScore : a.stateBudgetRequestVnd - b.stateBudgetRequestVnd;
}

/**
 * `compareProposals`, then the proposal id (UTF-16 code-unit order, locale-independent) so that
 * proposals the rules cannot separate are always listed the same way, whatever the input order.
 * Ids are unique, so this is a total order. The id never decides a winner or a rank.
 */
function listingOrder(a: Omit<ProposalScore, 'outcome' | 'rank'>, b: Omit<ProposalScore, 'outcome' | 'rank'>): number {
  const byRules = compareProposals(a, b);
  if (byRules !== 0) return byRules;
  return a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0;
}

/**
 * Scores every proposal a selection council examined and picks the winner. Per proposal:
 * ballots more than 20% away from the mean of all ballots are set aside and the mean is
 * recomputed over the rest; it passes with a mean of at least 70 and no criterion zeroed by
 * more than 1/4 of the members present; the task's proposer gets +10% once at 70. The best
 * passing proposal wins; an equal score goes to the smaller state-budget request.
 */
export function selectProposals(
  input: SelectionInput,
  rules: SelectionCouncilRules = DEFAULT_SELECTION_COUNCIL_RULES,
): SelectionResult {
  assertSelectionRules(rules);
  if (!(TASK_TYPES as readonly string[]).includes(input.taskType)) {
    throw new DomainError('TASK_TYPE_INVALID', { vi: `Loại nhiệm vụ không hợp lệ: ${String(input.taskType)}`, en: `Invalid task type: ${String(input.taskType)}` }, 'taskType');
  }
  if (input.proposals.length === 0) {
    throw new DomainError('PROPOSALS_EMPTY', { vi: 'Chưa có hồ sơ nào để chấm', en: 'No proposal to score' }, 'proposals');
  }
  const ids = new Set<string>();
  input.proposals.forEach((proposal, index) => {
    if (typeof proposal.id !== 'string' || proposal.id.length === 0 || ids.has(proposal.id)) {
      throw new DomainError(
        'PROPOSAL_ID_INVALID',
        { vi: `Mã hồ sơ trống hoặc bị trùng: ${String(proposal.id)}`, en: `Proposal id empty or duplicated: ${String(proposal.id)}` },
        `proposals[${index}].id`,
      );
    }
    ids.add(proposal.id);
    assertVnd(proposal.stateBudgetRequestVnd, `proposals[${index}].stateBudgetRequestVnd`);
  });

  const quorum = evaluateQuorum(input.members, input.attendance, rules);
  const present = assertAttendance(input.members, input.attendance);
  const rolls = input.proposals.map((proposal) => proposal.ballots.map((ballot) => ballot.memberId));
  // Who voted is checked even without quorum; completeness only matters when the vote counts.
  rolls.forEach((roll, index) => assertBallotRoll(roll, input.members, present, `proposals[${index}].ballots`, false));
  if (!quorum.met) return { status: 'no-quorum', quorum };
  rolls.forEach((roll, index) => assertBallotRoll(roll, input.members, present, `proposals[${index}].ballots`, true));

  const weights = rules.scoreWeights[input.taskType];
  const scored = input.proposals.map((proposal, index) => scoreOne(proposal, index, weights, present.size, rules));
  const passing = scored.filter((proposal) => proposal.passed).sort(listingOrder);
  const top = passing[0];
  const tiedAtTop = top === undefined ? [] : passing.filter((proposal) => compareProposals(proposal, top) === 0);
  const winnerId = tiedAtTop.length === 1 ? (top as ProposalScore).proposalId : null;
  const unresolvedTieIds = tiedAtTop.length > 1 ? tiedAtTop.map((proposal) => proposal.proposalId) : [];

  const proposals: ProposalScore[] = scored.map((proposal) => {
    const better = proposal.passed ? passing.filter((other) => compareProposals(other, proposal) < 0).length : 0;
    return {
      ...proposal,
      outcome: proposal.proposalId === winnerId ? 'duoc-chon' : 'khong-duoc-chon',
      rank: proposal.passed ? better + 1 : null,
    };
  });

  let explanation: LocalizedText;
  if (winnerId !== null) {
    const winner = proposals.find((proposal) => proposal.proposalId === winnerId) as ProposalScore;
    const score = formatHundredths(winner.finalScore as Fraction);
    const runnerUp = passing[1];
    const byBudget = runnerUp !== undefined && compareFractions(runnerUp.finalScore as Fraction, winner.finalScore as Fraction) === 0;
    explanation = {
      vi: `Hồ sơ ${winnerId} được tuyển chọn với ${score} điểm` + (byBudget ? ` (bằng điểm, đề nghị ngân sách nhỏ hơn: ${formatVnd(winner.stateBudgetRequestVnd)})` : ''),
      en: `Proposal ${winnerId} is selected with ${score} points` + (byBudget ? ` (equal score, smaller state-budget request: ${formatVnd(winner.stateBudgetRequestVnd)})` : ''),
    };
  } else if (unresolvedTieIds.length > 0) {
    explanation = {
      vi: `Các hồ sơ ${unresolvedTieIds.join(', ')} bằng điểm và bằng kinh phí đề nghị; quy tắc không xác định được hồ sơ trúng tuyển`,
      en: `Proposals ${unresolvedTieIds.join(', ')} tie on score and budget request; the rules cannot pick a winner`,
    };
  } else {
    explanation = { vi: 'Không có hồ sơ nào đạt yêu cầu', en: 'No proposal passed' };
  }

  return { status: 'scored', quorum, taskType: input.taskType, proposals, ranking: passing.map((p) => p.proposalId), winnerId, unresolvedTieIds, explanation };
}
