import { toVnd } from '../money';
import { capExceededProblem } from './cap-exceeded';
import { capInForce } from './cap-in-force';
import { DECREE_80_POLICIES } from './decree-80-policies';
import { SupportPolicy } from './support-policy';

const M = 1_000_000;

const provincial: SupportPolicy = {
  code: 'TH-ISO',
  name: { vi: 'Áp dụng ISO 9001 (tỉnh)', en: 'Applying ISO 9001 (province)' },
  legalBasis: 'Nghị quyết HĐND tỉnh (mẫu thử), Điều 3',
  legalBasisEn: 'Provincial resolution (sample), Article 3',
  supportKinds: ['certification'],
  shareOfCost: { num: 1, den: 2 },
  capVnd: toVnd(60 * M, 'capVnd'),
  per: 'task',
  validFrom: '2022-01-01',
  validTo: '2025-12-31',
};

describe('capInForce', () => {
  it('maps the Decree 80 seed rows to support kinds', () => {
    const kinds = Object.fromEntries(DECREE_80_POLICIES.map((p) => [p.code, p.supportKinds]));
    expect(kinds['D80-A11-DX-CONSULTING-SMALL']).toEqual(['digital-management']);
    expect(kinds['D80-A11-TECH-TRANSFER-CONSULTING']).toEqual(['technology-transfer-and-trial-production']);
    expect(kinds['D80-A11-IP-CONSULTING']).toEqual([]);
    expect(kinds['D80-A13-ADVISOR-MEDIUM']).toEqual(['management-systems-and-tools']);
  });

  it('picks the row for the support kind and size class, naming its legal basis in both languages', () => {
    expect(capInForce(DECREE_80_POLICIES, { supportKind: 'management-systems-and-tools', sizeClass: 'micro', onDate: '2026-03-02' })).toEqual({
      policyCode: 'D80-A13-ADVISOR-MICRO',
      capVnd: 50 * M,
      policyName: { vi: 'Tư vấn qua mạng lưới tư vấn viên (doanh nghiệp siêu nhỏ)', en: 'Consulting through the advisor network (micro enterprise)' },
      legalBasis: { vi: 'Nghị định 80/2021/NĐ-CP, Điều 13, khoản 2', en: 'Decree 80/2021/NĐ-CP, Article 13(2)' },
      per: { vi: 'mỗi doanh nghiệp mỗi năm', en: 'per enterprise per year' },
    });
    expect(capInForce(DECREE_80_POLICIES, { supportKind: 'management-systems-and-tools', sizeClass: 'medium', onDate: '2026-03-02' })?.capVnd).toBe(150 * M);
  });

  it('takes the highest of several rows mapped to the kind (alternative bases for the same support)', () => {
    // Small: DX consulting 50 M and DX solutions 50 M → 50 M, the first; medium: both 100 M.
    expect(capInForce(DECREE_80_POLICIES, { supportKind: 'digital-management', sizeClass: 'small', onDate: '2026-03-02' })).toMatchObject({ policyCode: 'D80-A11-DX-CONSULTING-SMALL', capVnd: 50 * M });
    // Micro: only DX solutions (20 M) is for micro enterprises.
    expect(capInForce(DECREE_80_POLICIES, { supportKind: 'digital-management', sizeClass: 'micro', onDate: '2026-03-02' })).toMatchObject({ policyCode: 'D80-A11-DX-SOLUTIONS-MICRO', capVnd: 20 * M });
    const higher = { ...provincial, code: 'TH-DX', supportKinds: ['digital-management'], capVnd: toVnd(80 * M, 'capVnd'), validTo: undefined };
    expect(capInForce([...DECREE_80_POLICIES, higher], { supportKind: 'digital-management', sizeClass: 'small', onDate: '2026-03-02' })).toMatchObject({ policyCode: 'TH-DX', capVnd: 80 * M });
  });

  it('uses the rows in force on the date (inclusive) and the legal basis as the row gives it', () => {
    const query = { supportKind: 'certification', sizeClass: 'large' as const };
    expect(capInForce([provincial], { ...query, onDate: '2021-12-31' })).toBeUndefined();
    expect(capInForce([provincial], { ...query, onDate: '2022-01-01' })?.capVnd).toBe(60 * M);
    expect(capInForce([provincial], { ...query, onDate: '2025-12-31' })?.legalBasis).toEqual({ vi: 'Nghị quyết HĐND tỉnh (mẫu thử), Điều 3', en: 'Provincial resolution (sample), Article 3' });
    expect(capInForce([provincial], { ...query, onDate: '2026-01-01' })).toBeUndefined();
    const { legalBasisEn: _en, ...viOnly } = provincial;
    expect(capInForce([viOnly], { ...query, onDate: '2023-01-01' })?.legalBasis.en).toBe('Nghị quyết HĐND tỉnh (mẫu thử), Điều 3');
  });

  it('gives no cap for a kind no row is mapped to, a size class no row is for, or before Decree 80', () => {
    expect(capInForce(DECREE_80_POLICIES, { supportKind: 'training', sizeClass: 'small', onDate: '2026-03-02' })).toBeUndefined();
    expect(capInForce(DECREE_80_POLICIES, { supportKind: 'management-systems-and-tools', sizeClass: 'large', onDate: '2026-03-02' })).toBeUndefined();
    expect(capInForce(DECREE_80_POLICIES, { supportKind: 'management-systems-and-tools', sizeClass: 'small', onDate: '2021-10-14' })).toBeUndefined();
  });

  it('gives the higher-cap row to a women-owned or social enterprise', () => {
    const query = { supportKind: 'management-systems-and-tools', sizeClass: 'small' as const, onDate: '2026-03-02' };
    expect(capInForce(DECREE_80_POLICIES, { ...query, eligibility: { womenOrSocialEnterprise: true } })).toMatchObject({ policyCode: 'D80-A13-ADVISOR-SMALL-WOMEN-SOCIAL', capVnd: 150 * M });
    expect(capInForce(DECREE_80_POLICIES, query)).toMatchObject({ policyCode: 'D80-A13-ADVISOR-SMALL', capVnd: 100 * M });
  });
});

describe('capExceededProblem', () => {
  const cap = capInForce(DECREE_80_POLICIES, { supportKind: 'digital-management', sizeClass: 'small', onDate: '2026-03-02' });
  if (!cap) throw new Error('no cap');

  it('accepts an amount at the cap', () => {
    expect(capExceededProblem('approvedAmountVnd', 50 * M, cap)).toBeUndefined();
  });

  it('refuses an amount above the cap, naming the cap in VND and the legal basis', () => {
    expect(capExceededProblem('approvedAmountVnd', 50 * M + 1, cap)).toEqual({
      vi: 'approvedAmountVnd (50.000.001 ₫) vượt mức hỗ trợ tối đa 50.000.000 ₫ mỗi hợp đồng mỗi năm theo "Tư vấn giải pháp chuyển đổi số (doanh nghiệp nhỏ)" (D80-A11-DX-CONSULTING-SMALL), căn cứ Nghị định 80/2021/NĐ-CP, Điều 11, khoản 1.',
      en: 'approvedAmountVnd (50.000.001 ₫) exceeds the cap of 50.000.000 ₫ per contract per year under "Digital-transformation consulting (small enterprise)" (D80-A11-DX-CONSULTING-SMALL), legal basis: Decree 80/2021/NĐ-CP, Article 11(1).',
    });
  });
});
