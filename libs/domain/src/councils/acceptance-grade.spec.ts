import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import {
  ACCEPTANCE_GRADE_LABELS,
  DEFAULT_ACCEPTANCE_COUNCIL_RULES,
  dossierLateness,
  gradeAcceptance,
  gradeFromTally,
  type AcceptanceBallot,
  type AcceptanceGrade,
  type AcceptanceInput,
} from './acceptance-grade';
import type { CouncilRole } from './council-kinds';
import type { CouncilMember } from './council-roster';

/** m1–m2 reviewers, m3–m9 members. */
const members: CouncilMember[] = (['reviewer', 'reviewer', ...Array<CouncilRole>(7).fill('member')] as CouncilRole[]).map((role, i) => ({ id: `m${i + 1}`, role }));
const tally = (xs: number, d: number, kd: number) => ({ 'xuat-sac': xs, dat: d, 'khong-dat': kd });
const ballotsFrom = (grades: AcceptanceGrade[]): AcceptanceBallot[] => grades.map((grade, i) => ({ memberId: `m${i + 1}`, grade }));
const grades = (xs: number, d: number, kd: number): AcceptanceGrade[] => [
  ...Array<AcceptanceGrade>(xs).fill('xuat-sac'),
  ...Array<AcceptanceGrade>(d).fill('dat'),
  ...Array<AcceptanceGrade>(kd).fill('khong-dat'),
];
const meeting = (list: AcceptanceGrade[], dates: Partial<AcceptanceInput> = {}): AcceptanceInput => ({
  members,
  attendance: { presentMemberIds: list.map((_, i) => `m${i + 1}`) },
  ballots: ballotsFrom(list),
  contractEndOn: '2025-06-30',
  dossierSubmittedOn: '2025-07-20',
  ...dates,
});
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
  throw new Error('expected a DomainError');
};

describe('gradeFromTally', () => {
  it('exactly 3/4 Xuất sắc with no Không đạt is Xuất sắc (6 of 8)', () => {
    expect(gradeFromTally(tally(6, 2, 0))).toBe('xuat-sac');
  });

  it('just below 3/4 Xuất sắc is Đạt (5 of 8; 6 of 9)', () => {
    expect(gradeFromTally(tally(5, 3, 0))).toBe('dat');
    expect(gradeFromTally(tally(6, 3, 0))).toBe('dat');
    expect(gradeFromTally(tally(7, 2, 0))).toBe('xuat-sac');
  });

  it('one Không đạt blocks Xuất sắc', () => {
    expect(gradeFromTally(tally(8, 0, 1))).toBe('dat');
  });

  it('exactly 1/3 Không đạt is still Đạt (3 of 9)', () => {
    expect(gradeFromTally(tally(6, 0, 3))).toBe('dat');
    expect(gradeFromTally(tally(0, 4, 2))).toBe('dat');
  });

  it('more than 1/3 Không đạt is Không đạt (4 of 9; 3 of 6)', () => {
    expect(gradeFromTally(tally(5, 0, 4))).toBe('khong-dat');
    expect(gradeFromTally(tally(0, 3, 3))).toBe('khong-dat');
  });

  it('matches the rule text for every tally', () => {
    fc.assert(
      fc.property(fc.nat(9), fc.nat(9), fc.nat(9), (xs, d, kd) => {
        const n = xs + d + kd;
        fc.pre(n > 0);
        const expected = 3 * kd > n ? 'khong-dat' : 4 * xs >= 3 * n && kd === 0 ? 'xuat-sac' : 'dat';
        expect(gradeFromTally(tally(xs, d, kd))).toBe(expected);
      }),
    );
  });

  it('thresholds are rules', () => {
    expect(gradeFromTally(tally(5, 3, 0), { ...DEFAULT_ACCEPTANCE_COUNCIL_RULES, excellentShare: { num: 5, den: 8 } })).toBe('xuat-sac');
    expect(gradeFromTally(tally(7, 1, 1), { ...DEFAULT_ACCEPTANCE_COUNCIL_RULES, maxFailGradesForExcellent: 1 })).toBe('xuat-sac');
    expect(gradeFromTally(tally(6, 0, 3), { ...DEFAULT_ACCEPTANCE_COUNCIL_RULES, failShare: { num: 1, den: 4 } })).toBe('khong-dat');
  });
});

describe('dossierLateness', () => {
  it('six months late to the day is not "more than six months"', () => {
    expect(dossierLateness('2025-01-15', '2025-07-15')).toEqual({ latestOn: '2025-07-15', late: false });
  });

  it('one day more is', () => {
    expect(dossierLateness('2025-01-15', '2025-07-16')).toEqual({ latestOn: '2025-07-15', late: true });
  });

  it('clamps a month end: 31 Aug + 6 months is 28 Feb, or 29 Feb in a leap year', () => {
    expect(dossierLateness('2025-08-31', '2026-02-28')).toEqual({ latestOn: '2026-02-28', late: false });
    expect(dossierLateness('2025-08-31', '2026-03-01').late).toBe(true);
    expect(dossierLateness('2027-08-31', '2028-02-29')).toEqual({ latestOn: '2028-02-29', late: false });
    expect(dossierLateness('2027-08-31', '2028-03-01').late).toBe(true);
  });

  it('a dossier before the contract end is on time', () => {
    expect(dossierLateness('2025-06-30', '2025-06-01').late).toBe(false);
  });

  it('rejects malformed dates', () => {
    expect(codeOf(() => dossierLateness('2025-02-30', '2025-03-01'))).toBe('DATE_INVALID');
    expect(codeOf(() => dossierLateness('2025-02-28', '01/03/2025'))).toBe('DATE_INVALID');
  });
});

describe('gradeAcceptance', () => {
  it('grades a full council', () => {
    const result = gradeAcceptance(meeting(grades(7, 2, 0)));
    expect(result).toMatchObject({ status: 'graded', grade: 'xuat-sac', reason: 'grades', tally: tally(7, 2, 0), presentCount: 9 });
    if (result.status === 'graded') {
      expect(result.explanation.vi).toBe('Xuất sắc: 7 Xuất sắc, 2 Đạt, 0 Không đạt trên 9 thành viên có mặt');
      expect(result.explanation.en).toBe('Excellent: 7 Excellent, 2 Pass, 0 Fail of 9 members present');
    }
  });

  it('counts shares over those present (exactly 3/4 of 8)', () => {
    expect(gradeAcceptance(meeting(grades(6, 2, 0)))).toMatchObject({ grade: 'xuat-sac', presentCount: 8 });
  });

  it('one Không đạt blocks Xuất sắc; 1/3 is Đạt; above 1/3 is Không đạt', () => {
    expect(gradeAcceptance(meeting(grades(8, 0, 1)))).toMatchObject({ grade: 'dat' });
    expect(gradeAcceptance(meeting(grades(6, 0, 3)))).toMatchObject({ grade: 'dat' });
    expect(gradeAcceptance(meeting(grades(5, 0, 4)))).toMatchObject({ grade: 'khong-dat', reason: 'grades' });
  });

  it('a dossier more than six months late is Không đạt whatever the grades', () => {
    const result = gradeAcceptance(meeting(grades(9, 0, 0), { contractEndOn: '2025-08-31', dossierSubmittedOn: '2026-03-01' }));
    expect(result).toMatchObject({ status: 'graded', grade: 'khong-dat', reason: 'late-dossier', tally: null, lateness: { latestOn: '2026-02-28', late: true } });
    if (result.status === 'graded') expect(result.explanation.vi).toContain('chậm quá 6 tháng');
  });

  it('six months to the day is graded normally', () => {
    expect(gradeAcceptance(meeting(grades(9, 0, 0), { contractEndOn: '2025-08-31', dossierSubmittedOn: '2026-02-28' }))).toMatchObject({ grade: 'xuat-sac', reason: 'grades' });
  });

  it('a late dossier needs neither quorum nor ballots', () => {
    const result = gradeAcceptance({ ...meeting([], { contractEndOn: '2025-01-15', dossierSubmittedOn: '2025-07-16' }) });
    expect(result).toMatchObject({ status: 'graded', grade: 'khong-dat', reason: 'late-dossier' });
    expect(result.quorum.met).toBe(false);
  });

  it('is not computed without quorum (5 of 9), but 6 of 9 suffices', () => {
    const result = gradeAcceptance(meeting(grades(5, 0, 0)));
    expect(result.status).toBe('no-quorum');
    expect(result.lateness.late).toBe(false);
    expect(gradeAcceptance(meeting(grades(5, 1, 0)))).toMatchObject({ status: 'graded', grade: 'xuat-sac' });
  });

  it('the quorum is a rule', () => {
    expect(gradeAcceptance(meeting(grades(5, 0, 0)), { ...DEFAULT_ACCEPTANCE_COUNCIL_RULES, quorumShare: { num: 1, den: 2 } }).status).toBe('graded');
  });

  it('the lateness limit is a rule', () => {
    const twelve = { ...DEFAULT_ACCEPTANCE_COUNCIL_RULES, lateDossierMonths: 12 };
    expect(gradeAcceptance(meeting(grades(9, 0, 0), { contractEndOn: '2025-01-15', dossierSubmittedOn: '2025-12-01' }), twelve)).toMatchObject({ reason: 'grades' });
  });

  describe('invalid input', () => {
    const valid = meeting(grades(9, 0, 0));

    it('rejects a ballot from a non-member, an absent member, or twice from one member', () => {
      expect(codeOf(() => gradeAcceptance({ ...valid, ballots: [...valid.ballots, { memberId: 'x', grade: 'dat' }] }))).toBe('BALLOT_FROM_NON_MEMBER');
      expect(codeOf(() => gradeAcceptance({ ...valid, attendance: { presentMemberIds: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'] } }))).toBe('BALLOT_FROM_ABSENT_MEMBER');
      expect(codeOf(() => gradeAcceptance({ ...valid, ballots: [...valid.ballots, { memberId: 'm1', grade: 'dat' }] }))).toBe('BALLOT_DUPLICATE');
    });

    it('needs a grade from every member present', () => {
      expect(codeOf(() => gradeAcceptance({ ...valid, ballots: valid.ballots.slice(1) }))).toBe('BALLOT_MISSING');
    });

    it('rejects an unknown grade', () => {
      expect(codeOf(() => gradeAcceptance({ ...valid, ballots: [{ memberId: 'm1', grade: 'tot' as AcceptanceGrade }, ...valid.ballots.slice(1)] }))).toBe('ACCEPTANCE_GRADE_INVALID');
    });

    it('rejects a council that is not nine members with two reviewers', () => {
      expect(codeOf(() => gradeAcceptance({ ...valid, members: members.slice(0, 8), ballots: valid.ballots.slice(0, 8), attendance: { presentMemberIds: members.slice(0, 8).map((m) => m.id) } }))).toBe('COUNCIL_SIZE_INVALID');
      const oneReviewer = members.map((m, i) => (i === 1 ? { ...m, role: 'member' as const } : m));
      expect(codeOf(() => gradeAcceptance({ ...valid, members: oneReviewer }))).toBe('COUNCIL_ROLE_COUNT_INVALID');
    });

    it('rejects malformed dates and rules', () => {
      expect(codeOf(() => gradeAcceptance({ ...valid, dossierSubmittedOn: '2025-13-01' }))).toBe('DATE_INVALID');
      expect(codeOf(() => gradeAcceptance(valid, { ...DEFAULT_ACCEPTANCE_COUNCIL_RULES, failShare: { num: 1, den: 0 } }))).toBe('COUNCIL_RULE_INVALID');
      expect(codeOf(() => gradeAcceptance(valid, { ...DEFAULT_ACCEPTANCE_COUNCIL_RULES, lateDossierMonths: 1.5 }))).toBe('COUNCIL_RULE_INVALID');
    });
  });

  it('has Vietnamese labels for every grade', () => {
    expect(ACCEPTANCE_GRADE_LABELS).toEqual({
      'xuat-sac': { vi: 'Xuất sắc', en: 'Excellent' },
      dat: { vi: 'Đạt', en: 'Pass' },
      'khong-dat': { vi: 'Không đạt', en: 'Fail' },
    });
  });
});
