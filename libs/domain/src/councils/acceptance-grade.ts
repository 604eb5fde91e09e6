import { DomainError, type LocalizedText } from '../errors/domain-error';
import { assertBallotRoll } from './ballot-roll';
import { assertAttendance, type Attendance, type CouncilCompositionRules, type CouncilMember } from './council-roster';
import { assertRuleCount, assertShare, exceedsShare, reachesShare, type Fraction } from './fraction';
import { addCalendarMonths, compareIsoDates } from './iso-date';
import { evaluateQuorum, type QuorumResult, type QuorumRules } from './quorum';

export const ACCEPTANCE_GRADES = ['xuat-sac', 'dat', 'khong-dat'] as const;
export type AcceptanceGrade = (typeof ACCEPTANCE_GRADES)[number];
export const ACCEPTANCE_GRADE_LABELS: Readonly<Record<AcceptanceGrade, LocalizedText>> = {
  'xuat-sac': { vi: 'Xuất sắc', en: 'Excellent' },
  dat: { vi: 'Đạt', en: 'Pass' },
  'khong-dat': { vi: 'Không đạt', en: 'Fail' },
};

export interface AcceptanceCouncilRules extends CouncilCompositionRules, QuorumRules {
  /** "Xuất sắc" needs AT LEAST this share of those present grading Xuất sắc… */
  readonly excellentShare: Fraction;
  /** …and at most this many "Không đạt" grades (process.md: none). */
  readonly maxFailGradesForExcellent: number;
  /** "Không đạt" when STRICTLY more than this share of those present grade Không đạt. */
  readonly failShare: Fraction;
  /** A dossier submitted after contract end + this many calendar months is Không đạt. */
  readonly lateDossierMonths: number;
}

export const DEFAULT_ACCEPTANCE_COUNCIL_RULES: AcceptanceCouncilRules = {
  minMembers: 9,
  maxMembers: 9,
  roleCounts: { reviewer: { min: 2, max: 2 } },
  // process.md gives no quorum for the acceptance council; 2/3 mirrors the other councils
  // and is rule data so a procedure version can set the one its legal basis requires.
  quorumShare: { num: 2, den: 3 },
  quorumNeedsChairOrAuthorisedViceChair: false,
  quorumNeedsAllReviewers: false,
  quorumNeedsSecretary: false,
  excellentShare: { num: 3, den: 4 },
  maxFailGradesForExcellent: 0,
  failShare: { num: 1, den: 3 },
  lateDossierMonths: 6,
};

export interface AcceptanceBallot {
  readonly memberId: string;
  readonly grade: AcceptanceGrade;
}

export interface AcceptanceInput {
  readonly members: readonly CouncilMember[];
  readonly attendance: Attendance;
  /** One per member present. May be empty when the dossier is too late to need a council. */
  readonly ballots: readonly AcceptanceBallot[];
  /** The contract's end date (after any extension), `YYYY-MM-DD`. */
  readonly contractEndOn: string;
  /** The day the acceptance dossier was submitted, `YYYY-MM-DD`. */
  readonly dossierSubmittedOn: string;
}

export interface DossierLateness {
  /** The last day a dossier may be submitted without being "more than N months late". */
  readonly latestOn: string;
  readonly late: boolean;
}

export type AcceptanceReason = 'late-dossier' | 'grades';

export type AcceptanceResult =
  | { readonly status: 'no-quorum'; readonly quorum: QuorumResult; readonly lateness: DossierLateness }
  | {
      readonly status: 'graded';
      readonly grade: AcceptanceGrade;
      readonly reason: AcceptanceReason;
      readonly quorum: QuorumResult;
      readonly lateness: DossierLateness;
      /** Null when the grade came from lateness alone. */
      readonly tally: Readonly<Record<AcceptanceGrade, number>> | null;
      readonly presentCount: number;
      readonly explanation: LocalizedText;
    };

export function assertAcceptanceRules(rules: AcceptanceCouncilRules): void {
  assertShare(rules.excellentShare, 'excellentShare');
  assertRuleCount(rules.maxFailGradesForExcellent, 'maxFailGradesForExcellent');
  assertShare(rules.failShare, 'failShare');
  assertRuleCount(rules.lateDossierMonths, 'lateDossierMonths');
}

/**
 * "More than six months late": the deadline is contract end + 6 calendar months (day clamped
 * to month end, so 31 Aug → 28/29 Feb) and a dossier is late only when submitted strictly
 * after that day; submitting on the day itself is not late.
 */
export function dossierLateness(
  contractEndOn: string,
  dossierSubmittedOn: string,
  rules: Pick<AcceptanceCouncilRules, 'lateDossierMonths'> = DEFAULT_ACCEPTANCE_COUNCIL_RULES,
): DossierLateness {
  assertRuleCount(rules.lateDossierMonths, 'lateDossierMonths');
  const latestOn = addCalendarMonths(contractEndOn, rules.lateDossierMonths, 'contractEndOn');
  return { latestOn, late: compareIsoDates(dossierSubmittedOn, latestOn, 'dossierSubmittedOn', 'contractEndOn') > 0 };
}

/** Grades from a tally of those present; exported so the thresholds can be tested on their own. */
export function gradeFromTally(
  tally: Readonly<Record<AcceptanceGrade, number>>,
  rules: Pick<AcceptanceCouncilRules, 'excellentShare' | 'maxFailGradesForExcellent' | 'failShare'> = DEFAULT_ACCEPTANCE_COUNCIL_RULES,
): AcceptanceGrade {
  const present = tally['xuat-sac'] + tally.dat + tally['khong-dat'];
  if (exceedsShare(tally['khong-dat'], present, rules.failShare)) return 'khong-dat';
  if (reachesShare(tally['xuat-sac'], present, rules.excellentShare) && tally['khong-dat'] <= rules.maxFailGradesForExcellent) {
    return 'xuat-sac';
  }
  return 'dat';
}

/**
 * The acceptance council's result. A dossier more than six months late is Không đạt whatever
 * the council would say, so lateness is decided first and needs neither quorum nor grades.
 */
export function gradeAcceptance(
  input: AcceptanceInput,
  rules: AcceptanceCouncilRules = DEFAULT_ACCEPTANCE_COUNCIL_RULES,
): AcceptanceResult {
  assertAcceptanceRules(rules);
  const lateness = dossierLateness(input.contractEndOn, input.dossierSubmittedOn, rules);
  const quorum = evaluateQuorum(input.members, input.attendance, rules);
  const present = assertAttendance(input.members, input.attendance);
  const voters = input.ballots.map((ballot) => ballot.memberId);
  assertBallotRoll(voters, input.members, present, 'ballots', false);
  input.ballots.forEach((ballot, index) => {
    if (!(ACCEPTANCE_GRADES as readonly string[]).includes(ballot.grade)) {
      throw new DomainError(
        'ACCEPTANCE_GRADE_INVALID',
        {
          vi: `Phiếu của ${ballot.memberId} phải chọn Xuất sắc, Đạt hoặc Không đạt`,
          en: `Ballot of ${ballot.memberId} must grade Excellent, Pass or Fail`,
        },
        `ballots[${index}].grade`,
      );
    }
  });

  if (lateness.late) {
    const months = rules.lateDossierMonths;
    return {
      status: 'graded',
      grade: 'khong-dat',
      reason: 'late-dossier',
      quorum,
      lateness,
      tally: null,
      presentCount: present.size,
      explanation: {
        vi: `Không đạt: hồ sơ nộp ngày ${input.dossierSubmittedOn}, chậm quá ${months} tháng so với ngày kết thúc hợp đồng ${input.contractEndOn} (hạn cuối ${lateness.latestOn})`,
        en: `Fail: dossier submitted on ${input.dossierSubmittedOn}, more than ${months} months after the contract ended on ${input.contractEndOn} (last day ${lateness.latestOn})`,
      },
    };
  }
  if (!quorum.met) return { status: 'no-quorum', quorum, lateness };
  assertBallotRoll(voters, input.members, present, 'ballots', true);

  const tally: Record<AcceptanceGrade, number> = { 'xuat-sac': 0, dat: 0, 'khong-dat': 0 };
  for (const ballot of input.ballots) tally[ballot.grade] += 1;
  const grade = gradeFromTally(tally, rules);
  const label = ACCEPTANCE_GRADE_LABELS[grade];
  const n = present.size;
  return {
    status: 'graded',
    grade,
    reason: 'grades',
    quorum,
    lateness,
    tally,
    presentCount: n,
    explanation: {
      vi: `${label.vi}: ${tally['xuat-sac']} Xuất sắc, ${tally.dat} Đạt, ${tally['khong-dat']} Không đạt trên ${n} thành viên có mặt`,
      en: `${label.en}: ${tally['xuat-sac']} Excellent, ${tally.dat} Pass, ${tally['khong-dat']} Fail of ${n} members present`,
    },
  };
}
