import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import type { CouncilRole } from './council-kinds';
import type { CouncilMember } from './council-roster';
import {
  ASSIGNMENT_MODE_LABELS,
  decideIdentification,
  DEFAULT_IDENTIFICATION_COUNCIL_RULES,
  IDENTIFICATION_OUTCOME_LABELS,
  type AssignmentMode,
  type IdentificationBallot,
  type IdentificationVoteInput,
} from './identification-vote';

const CRITERIA = ['necessity', 'novelty', 'feasibility'];
/** m1 chair, m2 vice-chair, m3 secretary, m4–m5 reviewers, then ordinary members. */
const council = (size: number): CouncilMember[] =>
  (['chair', 'vice-chair', 'secretary', 'reviewer', 'reviewer', ...Array<CouncilRole>(size - 5).fill('member')] as CouncilRole[]).map(
    (role, i) => ({ id: `m${i + 1}`, role }),
  );
const backing = (memberId: string, mode: AssignmentMode = 'tuyen-chon'): IdentificationBallot => ({
  memberId,
  verdicts: { necessity: 'dat', novelty: 'dat', feasibility: 'dat' },
  mode,
});
const against = (memberId: string): IdentificationBallot => ({
  memberId,
  verdicts: { necessity: 'dat', novelty: 'khong-dat', feasibility: 'dat' },
});
/** Everyone in a council of `size` attends; the first `yes` back the proposal. */
const vote = (size: number, yes: number, modes: AssignmentMode[] = []): IdentificationVoteInput => {
  const members = council(size);
  return {
    members,
    attendance: { presentMemberIds: members.map((m) => m.id) },
    criterionIds: CRITERIA,
    ballots: members.map((m, i) => (i < yes ? backing(m.id, modes[i] ?? 'tuyen-chon') : against(m.id))),
  };
};
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
  throw new Error('expected a DomainError');
};

describe('decideIdentification', () => {
  it('exactly 3/4 backing is NOT enough (6 of 8)', () => {
    const result = decideIdentification(vote(8, 6));
    expect(result).toMatchObject({ status: 'decided', outcome: 'khong-thuc-hien', mode: null, backingCount: 6, ballotCount: 8, backingNeeded: 7 });
  });

  it('just above 3/4 carries (7 of 8)', () => {
    const result = decideIdentification(vote(8, 7));
    expect(result).toMatchObject({ status: 'decided', outcome: 'thuc-hien', mode: 'tuyen-chon', backingCount: 7 });
  });

  it('7 of 9 (77.8 %) carries; 6 of 9 does not', () => {
    expect(decideIdentification(vote(9, 7))).toMatchObject({ outcome: 'thuc-hien' });
    expect(decideIdentification(vote(9, 6))).toMatchObject({ outcome: 'khong-thuc-hien' });
  });

  it('unanimous backing carries; none backing does not', () => {
    expect(decideIdentification(vote(7, 7))).toMatchObject({ outcome: 'thuc-hien' });
    expect(decideIdentification(vote(7, 0))).toMatchObject({ outcome: 'khong-thuc-hien' });
  });

  it('a single "Không đạt" criterion means the ballot does not back the proposal', () => {
    const result = decideIdentification(vote(7, 6));
    if (result.status !== 'decided') throw new Error('expected a decision');
    expect(result.ballots[6]).toEqual({ memberId: 'm7', backs: false, criteriaNotMet: ['novelty'], mode: null });
    expect(result.ballots[0]).toEqual({ memberId: 'm1', backs: true, criteriaNotMet: [], mode: 'tuyen-chon' });
  });

  it('counts ballots of present members only (6 of 7 present, all six back)', () => {
    const members = council(7);
    const present = members.slice(0, 6).map((m) => m.id);
    const result = decideIdentification({ members, attendance: { presentMemberIds: present }, criterionIds: CRITERIA, ballots: present.map((id) => backing(id)) });
    expect(result).toMatchObject({ status: 'decided', outcome: 'thuc-hien', ballotCount: 6 });
  });

  describe('mode', () => {
    it('follows the majority of backing ballots', () => {
      const result = decideIdentification(vote(9, 8, ['giao-truc-tiep', 'giao-truc-tiep', 'giao-truc-tiep', 'giao-truc-tiep', 'giao-truc-tiep', 'tuyen-chon', 'tuyen-chon', 'tuyen-chon']));
      expect(result).toMatchObject({ outcome: 'thuc-hien', mode: 'giao-truc-tiep', modeByTieRule: false, modeTally: { 'giao-truc-tiep': 5, 'tuyen-chon': 3 } });
    });

    it('ignores the mode written on a non-backing ballot', () => {
      const input = vote(8, 7, Array<AssignmentMode>(7).fill('giao-truc-tiep'));
      const ballots = input.ballots.map((b, i) => (i === 7 ? { ...b, mode: 'tuyen-chon' as const } : b));
      expect(decideIdentification({ ...input, ballots })).toMatchObject({ mode: 'giao-truc-tiep', modeTally: { 'giao-truc-tiep': 7, 'tuyen-chon': 0 } });
    });

    it('an even split takes the default, open selection', () => {
      const result = decideIdentification(vote(8, 8, ['giao-truc-tiep', 'giao-truc-tiep', 'giao-truc-tiep', 'giao-truc-tiep']));
      expect(result).toMatchObject({ outcome: 'thuc-hien', mode: 'tuyen-chon', modeByTieRule: true });
      if (result.status === 'decided') expect(result.explanation.vi).toContain('số phiếu bằng nhau');
    });

    it('the tie default is a rule', () => {
      const result = decideIdentification(vote(8, 8, ['giao-truc-tiep', 'giao-truc-tiep', 'giao-truc-tiep', 'giao-truc-tiep']), {
        ...DEFAULT_IDENTIFICATION_COUNCIL_RULES,
        modeOnTie: 'giao-truc-tiep',
      });
      expect(result).toMatchObject({ mode: 'giao-truc-tiep', modeByTieRule: true });
    });
  });

  it('explains the result in Vietnamese and English', () => {
    const result = decideIdentification(vote(8, 7));
    if (result.status !== 'decided') throw new Error('expected a decision');
    expect(result.explanation.vi).toBe('7/8 phiếu tán thành (cần trên 3/4): Thực hiện, phương thức tuyển chọn');
    expect(result.explanation.en).toBe('7 of 8 ballots back the proposal (more than 3/4 needed): Carry out, by open selection');
    const rejected = decideIdentification(vote(8, 6));
    if (rejected.status !== 'decided') throw new Error('expected a decision');
    expect(rejected.explanation.vi).toBe('6/8 phiếu tán thành (cần trên 3/4): Không thực hiện');
  });

  it('is not computed without quorum', () => {
    const members = council(9);
    const result = decideIdentification({ members, attendance: { presentMemberIds: ['m1', 'm3', 'm4', 'm5', 'm6'] }, criterionIds: CRITERIA, ballots: [] });
    expect(result.status).toBe('no-quorum');
    expect(result.quorum.shortfalls.map((s) => s.code)).toEqual(['too-few-present']);
  });

  it('a backing share from another procedure version applies', () => {
    expect(decideIdentification(vote(9, 7), { ...DEFAULT_IDENTIFICATION_COUNCIL_RULES, backingShare: { num: 4, den: 5 } })).toMatchObject({ outcome: 'khong-thuc-hien' });
    expect(decideIdentification(vote(9, 6), { ...DEFAULT_IDENTIFICATION_COUNCIL_RULES, backingShare: { num: 1, den: 2 } })).toMatchObject({ outcome: 'thuc-hien' });
  });

  describe('invalid input', () => {
    const base = vote(7, 7);
    const withBallots = (ballots: IdentificationBallot[]): IdentificationVoteInput => ({ ...base, ballots });

    it('rejects a ballot from a non-member', () => {
      expect(codeOf(() => decideIdentification(withBallots([...base.ballots, backing('stranger')])))).toBe('BALLOT_FROM_NON_MEMBER');
    });

    it('rejects a ballot from an absent member, even without quorum', () => {
      const input = { ...base, attendance: { presentMemberIds: ['m1'] } };
      expect(codeOf(() => decideIdentification(input))).toBe('BALLOT_FROM_ABSENT_MEMBER');
    });

    it('rejects duplicate ballots', () => {
      const err = (() => {
        try {
          decideIdentification(withBallots([...base.ballots, backing('m3')]));
        } catch (error) {
          return error as DomainError;
        }
        throw new Error('expected a DomainError');
      })();
      expect(err.code).toBe('BALLOT_DUPLICATE');
      expect(err.field).toBe('ballots[7].memberId');
      expect(err.text.vi).toBe('Thành viên có hơn một phiếu: m3');
    });

    it('rejects a vote where a present member has no ballot', () => {
      expect(codeOf(() => decideIdentification(withBallots(base.ballots.slice(1))))).toBe('BALLOT_MISSING');
    });

    it('rejects unknown, missing or malformed verdicts', () => {
      const unknown = { ...backing('m1'), verdicts: { ...backing('m1').verdicts, extra: 'dat' as const } };
      expect(codeOf(() => decideIdentification(withBallots([unknown, ...base.ballots.slice(1)])))).toBe('CRITERION_UNKNOWN');
      const missing = { ...backing('m1'), verdicts: { necessity: 'dat' as const, novelty: 'dat' as const } };
      expect(codeOf(() => decideIdentification(withBallots([missing, ...base.ballots.slice(1)])))).toBe('CRITERION_VERDICT_MISSING');
      const malformed = { ...backing('m1'), verdicts: { necessity: 'dat' as const, novelty: 'dat' as const, feasibility: 'yes' as 'dat' } };
      expect(codeOf(() => decideIdentification(withBallots([malformed, ...base.ballots.slice(1)])))).toBe('CRITERION_VERDICT_MISSING');
    });

    it('rejects a backing ballot without a mode', () => {
      const noMode: IdentificationBallot = { memberId: 'm1', verdicts: backing('m1').verdicts };
      expect(codeOf(() => decideIdentification(withBallots([noMode, ...base.ballots.slice(1)])))).toBe('ASSIGNMENT_MODE_MISSING');
    });

    it('rejects an empty or duplicated criteria list', () => {
      expect(codeOf(() => decideIdentification({ ...base, criterionIds: [] }))).toBe('CRITERIA_INVALID');
      expect(codeOf(() => decideIdentification({ ...base, criterionIds: ['a', 'a'] }))).toBe('CRITERIA_INVALID');
    });

    it('rejects a malformed tie rule', () => {
      expect(codeOf(() => decideIdentification(base, { ...DEFAULT_IDENTIFICATION_COUNCIL_RULES, modeOnTie: 'x' as AssignmentMode }))).toBe('COUNCIL_RULE_INVALID');
    });
  });

  it('carries exactly when backing·4 > ballots·3', () => {
    fc.assert(
      fc.property(fc.integer({ min: 7, max: 11 }), fc.nat(), (size, raw) => {
        const yes = raw % (size + 1);
        const result = decideIdentification(vote(size, yes));
        expect(result.status === 'decided' && result.outcome === 'thuc-hien').toBe(yes * 4 > size * 3);
      }),
    );
  });

  it('has labels for every outcome and mode', () => {
    expect(IDENTIFICATION_OUTCOME_LABELS['thuc-hien'].vi).toBe('Thực hiện');
    expect(IDENTIFICATION_OUTCOME_LABELS['khong-thuc-hien'].vi).toBe('Không thực hiện');
    expect(ASSIGNMENT_MODE_LABELS['tuyen-chon'].vi).toBe('Tuyển chọn');
    expect(ASSIGNMENT_MODE_LABELS['giao-truc-tiep'].vi).toBe('Giao trực tiếp');
  });
});
