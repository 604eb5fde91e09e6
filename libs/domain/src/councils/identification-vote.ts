import { DomainError, type LocalizedText } from '../errors/domain-error';
import { assertBallotRoll } from './ballot-roll';
import { assertAttendance, type Attendance, type CouncilCompositionRules, type CouncilMember } from './council-roster';
import { assertShare, exceedsShare, minimumToExceed, type Fraction } from './fraction';
import { evaluateQuorum, type QuorumResult, type QuorumRules } from './quorum';

export const CRITERION_VERDICTS = ['dat', 'khong-dat'] as const;
export type CriterionVerdict = (typeof CRITERION_VERDICTS)[number];
export const CRITERION_VERDICT_LABELS: Readonly<Record<CriterionVerdict, LocalizedText>> = {
  dat: { vi: 'Đạt', en: 'Met' },
  'khong-dat': { vi: 'Không đạt', en: 'Not met' },
};

export const IDENTIFICATION_OUTCOMES = ['thuc-hien', 'khong-thuc-hien'] as const;
export type IdentificationOutcome = (typeof IDENTIFICATION_OUTCOMES)[number];
export const IDENTIFICATION_OUTCOME_LABELS: Readonly<Record<IdentificationOutcome, LocalizedText>> = {
  'thuc-hien': { vi: 'Thực hiện', en: 'Carry out' },
  'khong-thuc-hien': { vi: 'Không thực hiện', en: 'Do not carry out' },
};

export const ASSIGNMENT_MODES = ['tuyen-chon', 'giao-truc-tiep'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const ASSIGNMENT_MODE_LABELS: Readonly<Record<AssignmentMode, LocalizedText>> = {
  'tuyen-chon': { vi: 'Tuyển chọn', en: 'Open selection' },
  'giao-truc-tiep': { vi: 'Giao trực tiếp', en: 'Direct assignment' },
};

export interface IdentificationCouncilRules extends CouncilCompositionRules, QuorumRules {
  /** "Thực hiện" needs STRICTLY more than this share of the ballots backing the proposal. */
  readonly backingShare: Fraction;
  /**
   * Mode used when backing ballots split evenly between the two modes. Not in process.md;
   * open selection is the default because direct assignment is the exception that needs a reason.
   */
  readonly modeOnTie: AssignmentMode;
}

export const DEFAULT_IDENTIFICATION_COUNCIL_RULES: IdentificationCouncilRules = {
  minMembers: 7,
  maxMembers: 11,
  roleCounts: {
    chair: { min: 1, max: 1 },
    'vice-chair': { min: 1, max: 1 },
    secretary: { min: 1, max: 1 },
    reviewer: { min: 2, max: 2 },
  },
  quorumShare: { num: 2, den: 3 },
  quorumNeedsChairOrAuthorisedViceChair: true,
  quorumNeedsAllReviewers: true,
  quorumNeedsSecretary: true,
  backingShare: { num: 3, den: 4 },
  modeOnTie: 'tuyen-chon',
};

export interface IdentificationBallot {
  readonly memberId: string;
  /** One verdict per criterion id of the procedure version. */
  readonly verdicts: Readonly<Record<string, CriterionVerdict>>;
  /** Required on a backing ballot: the mode this member recommends. Ignored otherwise. */
  readonly mode?: AssignmentMode;
}

export interface IdentificationVoteInput {
  readonly members: readonly CouncilMember[];
  readonly attendance: Attendance;
  /** The criteria each ballot marks; they come from the procedure version, not from code. */
  readonly criterionIds: readonly string[];
  readonly ballots: readonly IdentificationBallot[];
}

export interface IdentificationBallotDetail {
  readonly memberId: string;
  readonly backs: boolean;
  readonly criteriaNotMet: readonly string[];
  readonly mode: AssignmentMode | null;
}

export type IdentificationVoteResult =
  | { readonly status: 'no-quorum'; readonly quorum: QuorumResult }
  | {
      readonly status: 'decided';
      readonly quorum: QuorumResult;
      readonly outcome: IdentificationOutcome;
      /** Set only for "Thực hiện". */
      readonly mode: AssignmentMode | null;
      /** True when the backing ballots split evenly and `modeOnTie` chose. */
      readonly modeByTieRule: boolean;
      readonly ballotCount: number;
      readonly backingCount: number;
      /** Smallest backing count that would exceed `backingShare`. */
      readonly backingNeeded: number;
      readonly modeTally: Readonly<Record<AssignmentMode, number>>;
      readonly ballots: readonly IdentificationBallotDetail[];
      readonly explanation: LocalizedText;
    };

export function assertIdentificationRules(rules: IdentificationCouncilRules): void {
  assertShare(rules.backingShare, 'backingShare');
  if (!(ASSIGNMENT_MODES as readonly string[]).includes(rules.modeOnTie)) {
    throw new DomainError(
      'COUNCIL_RULE_INVALID',
      { vi: 'Quy tắc hội đồng không hợp lệ (modeOnTie)', en: 'Invalid council rule (modeOnTie)' },
      'modeOnTie',
    );
  }
}

function readBallot(ballot: IdentificationBallot, index: number, criterionIds: readonly string[]): IdentificationBallotDetail {
  const at = `ballots[${index}]`;
  const verdicts = ballot.verdicts ?? {};
  for (const key of Object.keys(verdicts)) {
    if (!criterionIds.includes(key)) {
      throw new DomainError(
        'CRITERION_UNKNOWN',
        { vi: `Tiêu chí không có trong phiếu mẫu: ${key}`, en: `Unknown criterion: ${key}` },
        `${at}.verdicts.${key}`,
      );
    }
  }
  const criteriaNotMet: string[] = [];
  for (const criterion of criterionIds) {
    const verdict = verdicts[criterion];
    if (!(CRITERION_VERDICTS as readonly string[]).includes(verdict as string)) {
      throw new DomainError(
        'CRITERION_VERDICT_MISSING',
        {
          vi: `Phiếu của ${ballot.memberId} thiếu hoặc sai đánh giá tiêu chí ${criterion} (Đạt/Không đạt)`,
          en: `Ballot of ${ballot.memberId} lacks a valid verdict (met/not met) for criterion ${criterion}`,
        },
        `${at}.verdicts.${criterion}`,
      );
    }
    if (verdict !== 'dat') criteriaNotMet.push(criterion);
  }
  const backs = criteriaNotMet.length === 0;
  if (backs && !(ASSIGNMENT_MODES as readonly (string | undefined)[]).includes(ballot.mode)) {
    throw new DomainError(
      'ASSIGNMENT_MODE_MISSING',
      {
        vi: `Phiếu tán thành của ${ballot.memberId} phải chọn phương thức: tuyển chọn hoặc giao trực tiếp`,
        en: `Backing ballot of ${ballot.memberId} must choose a mode: open selection or direct assignment`,
      },
      `${at}.mode`,
    );
  }
  return { memberId: ballot.memberId, backs, criteriaNotMet, mode: backs ? (ballot.mode as AssignmentMode) : null };
}

/**
 * The identification council's recommendation. A ballot backs the proposal only when every
 * criterion is "Đạt"; "Thực hiện" needs more than 3/4 of the ballots backing (exactly 3/4 is
 * not enough). The mode is the one most backing ballots chose. Nothing is decided without quorum.
 */
export function decideIdentification(
  input: IdentificationVoteInput,
  rules: IdentificationCouncilRules = DEFAULT_IDENTIFICATION_COUNCIL_RULES,
): IdentificationVoteResult {
  assertIdentificationRules(rules);
  if (new Set(input.criterionIds).size !== input.criterionIds.length || input.criterionIds.length === 0) {
    throw new DomainError(
      'CRITERIA_INVALID',
      { vi: 'Danh sách tiêu chí trống hoặc bị trùng', en: 'The criteria list is empty or has duplicates' },
      'criterionIds',
    );
  }
  const quorum = evaluateQuorum(input.members, input.attendance, rules);
  const present = assertAttendance(input.members, input.attendance);
  const voters = input.ballots.map((ballot) => ballot.memberId);
  // Who voted is checked even without quorum; completeness only matters when the vote counts.
  assertBallotRoll(voters, input.members, present, 'ballots', false);
  if (!quorum.met) return { status: 'no-quorum', quorum };
  assertBallotRoll(voters, input.members, present, 'ballots', true);

  const ballots = input.ballots.map((ballot, index) => readBallot(ballot, index, input.criterionIds));
  const ballotCount = ballots.length;
  const backingCount = ballots.filter((ballot) => ballot.backs).length;
  const modeTally: Record<AssignmentMode, number> = { 'tuyen-chon': 0, 'giao-truc-tiep': 0 };
  for (const ballot of ballots) if (ballot.mode !== null) modeTally[ballot.mode] += 1;

  const carried = exceedsShare(backingCount, ballotCount, rules.backingShare);
  const tie = modeTally['tuyen-chon'] === modeTally['giao-truc-tiep'];
  const mode: AssignmentMode | null = !carried
    ? null
    : tie
      ? rules.modeOnTie
      : modeTally['tuyen-chon'] > modeTally['giao-truc-tiep']
        ? 'tuyen-chon'
        : 'giao-truc-tiep';
  const outcome: IdentificationOutcome = carried ? 'thuc-hien' : 'khong-thuc-hien';
  const share = `${rules.backingShare.num}/${rules.backingShare.den}`;
  const label = IDENTIFICATION_OUTCOME_LABELS[outcome];
  const modeLabel = mode === null ? null : ASSIGNMENT_MODE_LABELS[mode];

  return {
    status: 'decided',
    quorum,
    outcome,
    mode,
    modeByTieRule: carried && tie,
    ballotCount,
    backingCount,
    backingNeeded: minimumToExceed(ballotCount, rules.backingShare),
    modeTally,
    ballots,
    explanation: {
      vi:
        `${backingCount}/${ballotCount} phiếu tán thành (cần trên ${share}): ${label.vi}` +
        (modeLabel ? `, phương thức ${modeLabel.vi.toLowerCase()}${carried && tie ? ' (số phiếu bằng nhau, áp dụng phương thức mặc định)' : ''}` : ''),
      en:
        `${backingCount} of ${ballotCount} ballots back the proposal (more than ${share} needed): ${label.en}` +
        (modeLabel ? `, by ${modeLabel.en.toLowerCase()}${carried && tie ? ' (even split, default mode applied)' : ''}` : ''),
    },
  };
}
