import { DomainError } from '../errors/domain-error';
import { COUNCIL_KIND_LABELS, COUNCIL_KINDS, COUNCIL_ROLE_LABELS, COUNCIL_ROLES } from './council-kinds';
import { assertCouncilRules, DEFAULT_COUNCIL_RULES } from './council-rules';

describe('council rules', () => {
  it('the defaults are valid', () => {
    expect(() => assertCouncilRules(DEFAULT_COUNCIL_RULES)).not.toThrow();
  });

  it('the defaults are the numbers in process.md', () => {
    const { identification, selection, budgetAppraisal, acceptance } = DEFAULT_COUNCIL_RULES;
    expect(identification).toMatchObject({ minMembers: 7, maxMembers: 11, quorumShare: { num: 2, den: 3 }, backingShare: { num: 3, den: 4 } });
    expect(identification).toMatchObject({ quorumNeedsChairOrAuthorisedViceChair: true, quorumNeedsAllReviewers: true, quorumNeedsSecretary: true });
    expect(identification.roleCounts).toEqual({ chair: { min: 1, max: 1 }, 'vice-chair': { min: 1, max: 1 }, secretary: { min: 1, max: 1 }, reviewer: { min: 2, max: 2 } });
    expect(selection).toMatchObject({
      minMembers: 7,
      maxMembers: 9,
      quorumShare: { num: 2, den: 3 },
      maxTotalScore: 100,
      outlierShare: { num: 1, den: 5 },
      passMeanScore: 70,
      zeroScoreShare: { num: 1, den: 4 },
      proposerBonusShare: { num: 1, den: 10 },
      proposerBonusFromMeanScore: 70,
    });
    expect(selection.roleCounts).toEqual({ reviewer: { min: 2, max: 2 } });
    expect(budgetAppraisal).toMatchObject({ minMembers: 5, maxMembers: 5, quorumShare: { num: 4, den: 5 }, minFinanceDepartmentMembers: 1 });
    expect(acceptance).toMatchObject({
      minMembers: 9,
      maxMembers: 9,
      quorumShare: { num: 2, den: 3 },
      excellentShare: { num: 3, den: 4 },
      maxFailGradesForExcellent: 0,
      failShare: { num: 1, den: 3 },
      lateDossierMonths: 6,
    });
  });

  it.each([
    ['identification', { ...DEFAULT_COUNCIL_RULES, identification: { ...DEFAULT_COUNCIL_RULES.identification, backingShare: { num: 5, den: 4 } } }],
    ['selection', { ...DEFAULT_COUNCIL_RULES, selection: { ...DEFAULT_COUNCIL_RULES.selection, passMeanScore: -1 } }],
    ['budget appraisal', { ...DEFAULT_COUNCIL_RULES, budgetAppraisal: { ...DEFAULT_COUNCIL_RULES.budgetAppraisal, minMembers: 0 } }],
    ['acceptance', { ...DEFAULT_COUNCIL_RULES, acceptance: { ...DEFAULT_COUNCIL_RULES.acceptance, quorumShare: { num: 2, den: 0 } } }],
    ['role counts', { ...DEFAULT_COUNCIL_RULES, acceptance: { ...DEFAULT_COUNCIL_RULES.acceptance, roleCounts: { reviewer: { min: 3, max: 2 } } } }],
  ])('rejects an edited %s rule that makes no sense', (_name, rules) => {
    expect(() => assertCouncilRules(rules)).toThrow(DomainError);
  });

  it('labels every council kind and role in Vietnamese and English', () => {
    for (const kind of COUNCIL_KINDS) expect(COUNCIL_KIND_LABELS[kind].vi.length).toBeGreaterThan(0);
    for (const role of COUNCIL_ROLES) expect(COUNCIL_ROLE_LABELS[role].en.length).toBeGreaterThan(0);
    expect(COUNCIL_KIND_LABELS.acceptance.vi).toBe('Hội đồng đánh giá nghiệm thu');
  });
});
