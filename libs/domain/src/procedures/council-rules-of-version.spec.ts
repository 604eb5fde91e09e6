import { assertCouncilRules, DEFAULT_COUNCIL_RULES } from '../councils';
import { councilRulesOfVersion, papersBeforeMeeting } from './council-rules-of-version';
import { NSCL_2021 } from './nscl-2021.seed';

describe('councilRulesOfVersion', () => {
  it('reads the seeded 2021 figures as exactly the law’s defaults', () => {
    expect(councilRulesOfVersion(NSCL_2021.councilRules)).toEqual(DEFAULT_COUNCIL_RULES);
  });

  it('keeps the defaults for a case without a version', () => {
    expect(councilRulesOfVersion(undefined)).toEqual(DEFAULT_COUNCIL_RULES);
  });

  it('takes a version’s other figures: pass mark, outlier share, members, late months', () => {
    const data = NSCL_2021.councilRules;
    const changed = councilRulesOfVersion({
      ...data,
      selection: { ...data.selection!, passMeanAtLeast: 85, outlierDeviationAbove: { num: 1, den: 4 }, members: { min: 5, max: 9 } },
      acceptance: { ...data.acceptance!, lateDossierFailsAfterMonths: 3 },
    });
    expect(changed.selection).toMatchObject({ passMeanScore: 85, proposerBonusFromMeanScore: 85, outlierShare: { num: 1, den: 4 }, minMembers: 5, maxMembers: 9 });
    expect(changed.acceptance.lateDossierMonths).toBe(3);
    expect(changed.identification).toEqual(DEFAULT_COUNCIL_RULES.identification);
    expect(() => assertCouncilRules(changed)).not.toThrow();
  });

  it('gives the papers’ lead time of the version, 5 and 7 NLV by default, none for other kinds', () => {
    expect(papersBeforeMeeting('identification', undefined)).toEqual({ amount: 5, unit: 'working' });
    expect(papersBeforeMeeting('selection', undefined)).toEqual({ amount: 7, unit: 'working' });
    expect(papersBeforeMeeting('acceptance', NSCL_2021.councilRules)).toBeNull();
    const data = NSCL_2021.councilRules;
    expect(papersBeforeMeeting('identification', { ...data, identification: { ...data.identification!, papersBeforeMeeting: { amount: 3, unit: 'working' } } })).toEqual({ amount: 3, unit: 'working' });
  });
});
