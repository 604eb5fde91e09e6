import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { DEFAULT_ACCEPTANCE_COUNCIL_RULES } from './acceptance-grade';
import { DEFAULT_BUDGET_APPRAISAL_TEAM_RULES } from './budget-appraisal';
import type { CouncilRole } from './council-kinds';
import type { CouncilMember } from './council-roster';
import { DEFAULT_IDENTIFICATION_COUNCIL_RULES } from './identification-vote';
import { evaluateQuorum } from './quorum';
import { DEFAULT_SELECTION_COUNCIL_RULES } from './selection-score';

const roster = (roles: readonly CouncilRole[]): CouncilMember[] => roles.map((role, i) => ({ id: `m${i + 1}`, role }));
const ordinary = (n: number): CouncilRole[] => Array<CouncilRole>(n).fill('member');
/** m1 chair, m2 vice-chair, m3 secretary, m4–m5 reviewers, then ordinary members. */
const identificationCouncil = (size: number): CouncilMember[] =>
  roster(['chair', 'vice-chair', 'secretary', 'reviewer', 'reviewer', ...ordinary(size - 5)]);
const ids = (...n: number[]): string[] => n.map((i) => `m${i}`);
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
  throw new Error('expected a DomainError');
};

describe('evaluateQuorum — identification council', () => {
  const rules = DEFAULT_IDENTIFICATION_COUNCIL_RULES;
  const nine = identificationCouncil(9);

  it('is met at exactly 2/3 present with chair, both reviewers and the secretary', () => {
    const result = evaluateQuorum(nine, { presentMemberIds: ids(1, 3, 4, 5, 6, 7) }, rules);
    expect(result.met).toBe(true);
    expect(result.presentCount).toBe(6);
    expect(result.minimumPresent).toBe(6);
    expect(result.shortfalls).toEqual([]);
    expect(result.presidingMemberId).toBe('m1');
    expect(result.explanation.vi).toContain('Đủ điều kiện họp');
  });

  it('is not met just below 2/3, and says how many are needed', () => {
    const result = evaluateQuorum(nine, { presentMemberIds: ids(1, 3, 4, 5, 6) }, rules);
    expect(result.met).toBe(false);
    expect(result.shortfalls.map((s) => s.code)).toEqual(['too-few-present']);
    expect(result.shortfalls[0]?.text.vi).toBe('Có mặt 5/9 thành viên, cần ít nhất 6 (2/3)');
    expect(result.shortfalls[0]?.text.en).toBe('5 of 9 members present; at least 6 (2/3) required');
    expect(result.explanation.vi).toContain('Không đủ điều kiện họp');
  });

  it('rounds 2/3 of a 7-member council up to 5', () => {
    const seven = identificationCouncil(7);
    expect(evaluateQuorum(seven, { presentMemberIds: ids(1, 3, 4, 5, 6) }, rules).met).toBe(true);
    expect(evaluateQuorum(seven, { presentMemberIds: ids(1, 3, 4, 5) }, rules).met).toBe(false);
  });

  it('accepts an authorised vice-chair in place of the chair', () => {
    const result = evaluateQuorum(nine, { presentMemberIds: ids(2, 3, 4, 5, 6, 7), viceChairAuthorised: true }, rules);
    expect(result.met).toBe(true);
    expect(result.presidingMemberId).toBe('m2');
  });

  it('rejects a vice-chair who was not authorised, and says so', () => {
    const result = evaluateQuorum(nine, { presentMemberIds: ids(2, 3, 4, 5, 6, 7) }, rules);
    expect(result.met).toBe(false);
    expect(result.shortfalls).toHaveLength(1);
    expect(result.shortfalls[0]).toMatchObject({ code: 'chair-absent', memberIds: ['m1'] });
    expect(result.shortfalls[0]?.text.vi).toContain('không được ủy quyền');
    expect(result.presidingMemberId).toBeNull();
  });

  it('needs the chair when neither chair nor vice-chair attends, even if authorised', () => {
    const result = evaluateQuorum(nine, { presentMemberIds: ids(3, 4, 5, 6, 7, 8, 9), viceChairAuthorised: true }, rules);
    expect(result.shortfalls.map((s) => s.code)).toEqual(['chair-absent']);
    expect(result.shortfalls[0]?.text.vi).toBe('Vắng Chủ tịch hội đồng và không có Phó Chủ tịch được ủy quyền');
  });

  it('needs both reviewers and names the absent one', () => {
    const result = evaluateQuorum(nine, { presentMemberIds: ids(1, 2, 3, 4, 6, 7, 8) }, rules);
    expect(result.met).toBe(false);
    expect(result.shortfalls).toEqual([expect.objectContaining({ code: 'reviewer-absent', memberIds: ['m5'] })]);
    expect(result.shortfalls[0]?.text.en).toBe('Reviewer(s) absent: m5');
  });

  it('needs the secretary', () => {
    const result = evaluateQuorum(nine, { presentMemberIds: ids(1, 2, 4, 5, 6, 7, 8) }, rules);
    expect(result.shortfalls).toEqual([expect.objectContaining({ code: 'secretary-absent', memberIds: ['m3'] })]);
  });

  it('lists every missing condition at once', () => {
    const result = evaluateQuorum(nine, { presentMemberIds: ids(6, 7, 8) }, rules);
    expect(result.shortfalls.map((s) => s.code)).toEqual(['too-few-present', 'chair-absent', 'reviewer-absent', 'secretary-absent']);
    expect(result.shortfalls[2]?.memberIds).toEqual(['m4', 'm5']);
  });

  it('never meets with nobody present', () => {
    expect(evaluateQuorum(nine, { presentMemberIds: [] }, { ...rules, quorumShare: { num: 0, den: 1 } }).met).toBe(false);
  });
});

describe('evaluateQuorum — council size and attendance are validated', () => {
  const rules = DEFAULT_IDENTIFICATION_COUNCIL_RULES;

  it.each([6, 12])('rejects an identification council of %i members', (size) => {
    expect(codeOf(() => evaluateQuorum(identificationCouncil(size), { presentMemberIds: [] }, rules))).toBe('COUNCIL_SIZE_INVALID');
  });

  it.each([7, 11])('accepts an identification council of %i members', (size) => {
    expect(() => evaluateQuorum(identificationCouncil(size), { presentMemberIds: [] }, rules)).not.toThrow();
  });

  it('rejects a wrong role make-up', () => {
    const threeReviewers = roster(['chair', 'vice-chair', 'secretary', 'reviewer', 'reviewer', 'reviewer', 'member']);
    expect(codeOf(() => evaluateQuorum(threeReviewers, { presentMemberIds: [] }, rules))).toBe('COUNCIL_ROLE_COUNT_INVALID');
    const noChair = roster(['member', 'vice-chair', 'secretary', 'reviewer', 'reviewer', 'member', 'member']);
    expect(codeOf(() => evaluateQuorum(noChair, { presentMemberIds: [] }, rules))).toBe('COUNCIL_ROLE_COUNT_INVALID');
  });

  it('rejects duplicate members, unknown roles and empty ids', () => {
    const duplicate = identificationCouncil(7).map((m, i) => (i === 6 ? { ...m, id: 'm1' } : m));
    expect(codeOf(() => evaluateQuorum(duplicate, { presentMemberIds: [] }, rules))).toBe('COUNCIL_MEMBER_DUPLICATE');
    const unknownRole = identificationCouncil(7).map((m, i) => (i === 6 ? { ...m, role: 'guest' as CouncilRole } : m));
    expect(codeOf(() => evaluateQuorum(unknownRole, { presentMemberIds: [] }, rules))).toBe('COUNCIL_ROLE_INVALID');
    const emptyId = identificationCouncil(7).map((m, i) => (i === 6 ? { ...m, id: '' } : m));
    expect(codeOf(() => evaluateQuorum(emptyId, { presentMemberIds: [] }, rules))).toBe('COUNCIL_MEMBER_ID_INVALID');
  });

  it('rejects attendees who are not members or are listed twice', () => {
    const seven = identificationCouncil(7);
    expect(codeOf(() => evaluateQuorum(seven, { presentMemberIds: ['x'] }, rules))).toBe('ATTENDEE_NOT_MEMBER');
    expect(codeOf(() => evaluateQuorum(seven, { presentMemberIds: ['m1', 'm1'] }, rules))).toBe('ATTENDEE_DUPLICATE');
  });

  it('rejects malformed rules', () => {
    const seven = identificationCouncil(7);
    expect(codeOf(() => evaluateQuorum(seven, { presentMemberIds: [] }, { ...rules, quorumShare: { num: 2, den: 0 } }))).toBe('COUNCIL_RULE_INVALID');
    expect(codeOf(() => evaluateQuorum(seven, { presentMemberIds: [] }, { ...rules, maxMembers: 6 }))).toBe('COUNCIL_RULE_INVALID');
  });
});

describe('evaluateQuorum — other councils', () => {
  it('selection council: 2/3 head count only, no role needs to attend', () => {
    const council = roster(['reviewer', 'reviewer', 'chair', ...ordinary(6)]);
    const rules = DEFAULT_SELECTION_COUNCIL_RULES;
    expect(evaluateQuorum(council, { presentMemberIds: ids(4, 5, 6, 7, 8, 9) }, rules).met).toBe(true);
    expect(evaluateQuorum(council, { presentMemberIds: ids(4, 5, 6, 7, 8) }, rules).met).toBe(false);
  });

  it('budget appraisal team: 4 of 5 is a quorum, 3 of 5 is not', () => {
    const team = roster(ordinary(5));
    const rules = DEFAULT_BUDGET_APPRAISAL_TEAM_RULES;
    expect(evaluateQuorum(team, { presentMemberIds: ids(1, 2, 3, 4) }, rules).met).toBe(true);
    const three = evaluateQuorum(team, { presentMemberIds: ids(1, 2, 3) }, rules);
    expect(three.met).toBe(false);
    expect(three.minimumPresent).toBe(4);
  });

  it('acceptance council: 2/3 of 9 by default', () => {
    const council = roster(['reviewer', 'reviewer', ...ordinary(7)]);
    const rules = DEFAULT_ACCEPTANCE_COUNCIL_RULES;
    expect(evaluateQuorum(council, { presentMemberIds: ids(1, 2, 3, 4, 5, 6) }, rules).met).toBe(true);
    expect(evaluateQuorum(council, { presentMemberIds: ids(1, 2, 3, 4, 5) }, rules).met).toBe(false);
  });

  it('without role conditions, quorum is exactly present·den ≥ num·members', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 6 }), (size, rawPresent, den, rawNum) => {
        const num = Math.min(rawNum, den);
        const present = Math.min(rawPresent, size);
        const council = roster(ordinary(size));
        const result = evaluateQuorum(
          council,
          { presentMemberIds: council.slice(0, present).map((m) => m.id) },
          {
            minMembers: 1,
            maxMembers: 30,
            roleCounts: {},
            quorumShare: { num, den },
            quorumNeedsChairOrAuthorisedViceChair: false,
            quorumNeedsAllReviewers: false,
            quorumNeedsSecretary: false,
          },
        );
        expect(result.met).toBe(present > 0 && present * den >= num * size);
        expect(result.met).toBe(present >= result.minimumPresent);
      }),
    );
  });
});
