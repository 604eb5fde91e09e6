import type { TimeLimit } from './time-limit';

/** An exact share such as 2/3 (quorum) or 3/4 (pass threshold). */
export interface RuleShare {
  readonly num: number;
  readonly den: number;
}

export interface MemberCount {
  readonly min: number;
  readonly max: number;
}

/**
 * The numbers of the council rules (process.md, "Council rules" [law]) as plain data of a
 * procedure version. The rules themselves (quorum checks, ballot counting) live in ../councils;
 * this slot only carries the figures a version fixes, so a new version can change them.
 * "Above" means strictly more than; "at least" means no less than.
 */
export interface CouncilRulesData {
  readonly identification?: {
    readonly members: MemberCount;
    readonly reviewers: number;
    readonly quorumAtLeast: RuleShare;
    /** Must be present besides the quorum (the chair may be replaced by an authorised vice-chair). */
    readonly quorumMustInclude: readonly ('chair' | 'reviewer' | 'secretary')[];
    /** A ballot backs the proposal only when every criterion is "Đạt"; "Thực hiện" needs more than this share. */
    readonly recommendShareAbove: RuleShare;
    readonly papersBeforeMeeting: TimeLimit;
    readonly conclusionsWithin: TimeLimit;
  };
  readonly selection?: {
    readonly members: MemberCount;
    readonly reviewers: number;
    readonly quorumAtLeast: RuleShare;
    readonly maxScore: number;
    /** A ballot further than this share from the mean of all ballots is set aside. */
    readonly outlierDeviationAbove: RuleShare;
    readonly passMeanAtLeast: number;
    /** Fails when more than this share of members present gave 0 to one criterion. */
    readonly zeroScoreShareAbove: RuleShare;
    /** Bonus for the organisation that proposed the task, when its mean already passes. */
    readonly proposerBonus: RuleShare;
    readonly papersBeforeMeeting: TimeLimit;
    readonly revisionWithin: TimeLimit;
    /** Score weights per criterion, each set summing to `maxScore`. */
    readonly weights: Readonly<Record<'project' | 'applied-research', Readonly<Record<string, number>>>>;
  };
  readonly 'budget-appraisal'?: {
    readonly members: MemberCount;
    readonly quorumAtLeast: RuleShare;
    readonly meetsWithin: TimeLimit;
    readonly concludesWithin: TimeLimit;
  };
  readonly acceptance?: {
    readonly members: MemberCount;
    readonly reviewers: number;
    /** "Xuất sắc" when at least this share of those present say so and none says "Không đạt". */
    readonly excellentShareAtLeast: RuleShare;
    /** "Không đạt" when more than this share say so. */
    readonly failShareAbove: RuleShare;
    /** A dossier later than this many months is "Không đạt". */
    readonly lateDossierFailsAfterMonths: number;
  };
}
