import type { LocalizedText } from '../errors/domain-error';
import { assertAttendance, assertCouncilComposition, type Attendance, type CouncilCompositionRules, type CouncilMember } from './council-roster';
import { assertShare, minimumToReach, reachesShare, type Fraction } from './fraction';

/** When a meeting may decide. Each council kind sets these in its rules object. */
export interface QuorumRules {
  /** At least this share of the council's members present ("at least 2/3": count·den ≥ num·members). */
  readonly quorumShare: Fraction;
  /** The chair, or a vice-chair the chair authorised, must be present. */
  readonly quorumNeedsChairOrAuthorisedViceChair: boolean;
  /** Every reviewer must be present. */
  readonly quorumNeedsAllReviewers: boolean;
  /** The scientific secretary must be present. */
  readonly quorumNeedsSecretary: boolean;
}

export type QuorumShortfallCode = 'too-few-present' | 'chair-absent' | 'reviewer-absent' | 'secretary-absent';

export interface QuorumShortfall {
  readonly code: QuorumShortfallCode;
  /** The absent members this shortfall is about (empty for a plain head count). */
  readonly memberIds: readonly string[];
  readonly text: LocalizedText;
}

export interface QuorumResult {
  readonly met: boolean;
  readonly memberCount: number;
  readonly presentCount: number;
  /** Smallest head count that satisfies `quorumShare`. */
  readonly minimumPresent: number;
  /** The chair if present, else the vice-chair when authorised and present, else null. */
  readonly presidingMemberId: string | null;
  /** Empty when the quorum is met; otherwise what is missing, one entry per reason. */
  readonly shortfalls: readonly QuorumShortfall[];
  readonly explanation: LocalizedText;
}

export function assertQuorumRules(rules: QuorumRules): void {
  assertShare(rules.quorumShare, 'quorumShare');
}

/** Decides whether the meeting has a quorum, and says what is missing when it has not. */
export function evaluateQuorum(
  members: readonly CouncilMember[],
  attendance: Attendance,
  rules: CouncilCompositionRules & QuorumRules,
): QuorumResult {
  assertCouncilComposition(members, rules);
  assertQuorumRules(rules);
  const present = assertAttendance(members, attendance);
  const absent = (role: CouncilMember['role']): string[] =>
    members.filter((member) => member.role === role && !present.has(member.id)).map((member) => member.id);

  const memberCount = members.length;
  const presentCount = present.size;
  const minimumPresent = Math.max(1, minimumToReach(memberCount, rules.quorumShare));
  const shortfalls: QuorumShortfall[] = [];
  const share = `${rules.quorumShare.num}/${rules.quorumShare.den}`;

  // Nobody present never makes a meeting, whatever share a rule version sets.
  if (presentCount === 0 || !reachesShare(presentCount, memberCount, rules.quorumShare)) {
    shortfalls.push({
      code: 'too-few-present',
      memberIds: [],
      text: {
        vi: `Có mặt ${presentCount}/${memberCount} thành viên, cần ít nhất ${minimumPresent} (${share})`,
        en: `${presentCount} of ${memberCount} members present; at least ${minimumPresent} (${share}) required`,
      },
    });
  }

  const chair = members.find((member) => member.role === 'chair' && present.has(member.id));
  const viceChair = members.find((member) => member.role === 'vice-chair' && present.has(member.id));
  const presiding = chair ?? (attendance.viceChairAuthorised === true ? viceChair : undefined);
  if (rules.quorumNeedsChairOrAuthorisedViceChair && presiding === undefined) {
    const because =
      viceChair !== undefined
        ? { vi: ' (Phó Chủ tịch có mặt nhưng không được ủy quyền)', en: ' (the vice-chair is present but not authorised)' }
        : { vi: '', en: '' };
    shortfalls.push({
      code: 'chair-absent',
      memberIds: absent('chair'),
      text: {
        vi: `Vắng Chủ tịch hội đồng và không có Phó Chủ tịch được ủy quyền${because.vi}`,
        en: `The chair is absent and no authorised vice-chair presides${because.en}`,
      },
    });
  }

  const absentReviewers = absent('reviewer');
  if (rules.quorumNeedsAllReviewers && absentReviewers.length > 0) {
    shortfalls.push({
      code: 'reviewer-absent',
      memberIds: absentReviewers,
      text: {
        vi: `Vắng ủy viên phản biện: ${absentReviewers.join(', ')}`,
        en: `Reviewer(s) absent: ${absentReviewers.join(', ')}`,
      },
    });
  }

  const absentSecretaries = absent('secretary');
  if (rules.quorumNeedsSecretary && (absentSecretaries.length > 0 || !members.some((m) => m.role === 'secretary'))) {
    shortfalls.push({
      code: 'secretary-absent',
      memberIds: absentSecretaries,
      text: { vi: 'Vắng ủy viên thư ký khoa học', en: 'The scientific secretary is absent' },
    });
  }

  const met = shortfalls.length === 0;
  return {
    met,
    memberCount,
    presentCount,
    minimumPresent,
    presidingMemberId: presiding?.id ?? null,
    shortfalls,
    explanation: met
      ? {
          vi: `Đủ điều kiện họp: có mặt ${presentCount}/${memberCount} thành viên`,
          en: `Quorum met: ${presentCount} of ${memberCount} members present`,
        }
      : {
          vi: `Không đủ điều kiện họp: ${shortfalls.map((s) => s.text.vi).join('; ')}`,
          en: `No quorum: ${shortfalls.map((s) => s.text.en).join('; ')}`,
        },
  };
}
