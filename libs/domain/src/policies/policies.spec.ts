import { DomainError } from '../errors/domain-error';
import { toVnd, Vnd } from '../money';
import { DECREE_80_EFFECTIVE_DATE, DECREE_80_POLICIES } from './decree-80-policies';
import { maxSupport } from './max-support';
import { policiesInForce } from './policies-in-force';
import { assertSupportPolicy, SupportPolicy } from './support-policy';

const M = 1_000_000;
const vnd = (value: number): Vnd => toVnd(value, 'test');
const codes = (policies: readonly SupportPolicy[]): string[] => policies.map((p) => p.code);
const seed = (code: string): SupportPolicy => {
  const policy = DECREE_80_POLICIES.find((p) => p.code === code);
  if (policy === undefined) throw new Error(`no seed ${code}`);
  return policy;
};

const provincial: SupportPolicy = {
  code: 'PROVINCE-ISO-9001',
  name: { vi: 'Áp dụng ISO 9001', en: 'Applying ISO 9001' },
  legalBasis: 'Nghị quyết HĐND tỉnh (mẫu thử)',
  shareOfCost: { num: 1, den: 2 },
  capVnd: vnd(60 * M),
  per: 'task',
  validFrom: '2022-01-01',
  validTo: '2025-12-31',
};

describe('DECREE_80_POLICIES', () => {
  it('are valid rows with unique codes, in force from 2021-10-15', () => {
    DECREE_80_POLICIES.forEach((policy, index) => assertSupportPolicy(policy, `DECREE_80_POLICIES[${index}]`));
    expect(new Set(codes(DECREE_80_POLICIES)).size).toBe(DECREE_80_POLICIES.length);
    expect(DECREE_80_EFFECTIVE_DATE).toBe('2021-10-15');
    expect(DECREE_80_POLICIES.every((p) => p.validFrom === '2021-10-15' && p.validTo === undefined)).toBe(true);
    expect(DECREE_80_POLICIES.every((p) => p.sizeClasses !== undefined && !p.sizeClasses.includes('large'))).toBe(true);
  });

  it('hold the Art. 11 caps (up to 50%)', () => {
    const art11 = DECREE_80_POLICIES.filter((p) => p.legalBasis.includes('Điều 11'));
    expect(art11.every((p) => p.shareOfCost.num * 2 === p.shareOfCost.den)).toBe(true);
    expect(art11.map((p) => [p.code, p.capVnd, p.per, p.sizeClasses])).toEqual([
      ['D80-A11-DX-CONSULTING-SMALL', 50 * M, 'contract-year', ['small']],
      ['D80-A11-DX-CONSULTING-MEDIUM', 100 * M, 'contract-year', ['medium']],
      ['D80-A11-DX-SOLUTIONS-MICRO', 20 * M, 'enterprise-year', ['micro']],
      ['D80-A11-DX-SOLUTIONS-SMALL', 50 * M, 'enterprise-year', ['small']],
      ['D80-A11-DX-SOLUTIONS-MEDIUM', 100 * M, 'enterprise-year', ['medium']],
      ['D80-A11-IP-CONSULTING', 100 * M, 'contract-year', ['micro', 'small', 'medium']],
      ['D80-A11-TECH-TRANSFER-CONSULTING', 100 * M, 'contract-year', ['micro', 'small', 'medium']],
    ]);
  });

  it('hold the Art. 13 caps, with the higher caps as flagged rows', () => {
    const art13 = DECREE_80_POLICIES.filter((p) => p.legalBasis.includes('Điều 13'));
    expect(art13.map((p) => [p.code, p.shareOfCost, p.capVnd, p.per, p.womenOrSocialEnterpriseOnly ?? false, p.supersedes])).toEqual([
      ['D80-A13-ADVISOR-MICRO', { num: 1, den: 1 }, 50 * M, 'enterprise-year', false, undefined],
      ['D80-A13-ADVISOR-SMALL', { num: 1, den: 2 }, 100 * M, 'enterprise-year', false, undefined],
      ['D80-A13-ADVISOR-MEDIUM', { num: 3, den: 10 }, 150 * M, 'enterprise-year', false, undefined],
      ['D80-A13-ADVISOR-MICRO-WOMEN-SOCIAL', { num: 1, den: 1 }, 70 * M, 'enterprise-year', true, 'D80-A13-ADVISOR-MICRO'],
      ['D80-A13-ADVISOR-SMALL-WOMEN-SOCIAL', { num: 1, den: 2 }, 150 * M, 'enterprise-year', true, 'D80-A13-ADVISOR-SMALL'],
      ['D80-A13-ADVISOR-MEDIUM-WOMEN-SOCIAL', { num: 3, den: 10 }, 200 * M, 'enterprise-year', true, 'D80-A13-ADVISOR-MEDIUM'],
    ]);
  });
});

describe('policiesInForce', () => {
  it('picks the rows for the size class', () => {
    expect(codes(policiesInForce(DECREE_80_POLICIES, '2024-06-01', 'micro'))).toEqual([
      'D80-A11-DX-SOLUTIONS-MICRO',
      'D80-A11-IP-CONSULTING',
      'D80-A11-TECH-TRANSFER-CONSULTING',
      'D80-A13-ADVISOR-MICRO',
    ]);
    expect(codes(policiesInForce(DECREE_80_POLICIES, '2024-06-01', 'medium'))).toEqual([
      'D80-A11-DX-CONSULTING-MEDIUM',
      'D80-A11-DX-SOLUTIONS-MEDIUM',
      'D80-A11-IP-CONSULTING',
      'D80-A11-TECH-TRANSFER-CONSULTING',
      'D80-A13-ADVISOR-MEDIUM',
    ]);
    expect(policiesInForce(DECREE_80_POLICIES, '2024-06-01', 'large')).toEqual([]);
  });

  it('replaces the base Art. 13 row with the higher-cap row for women-owned or social enterprises', () => {
    const rows = policiesInForce(DECREE_80_POLICIES, '2024-06-01', 'small', { womenOrSocialEnterprise: true });
    expect(codes(rows)).toContain('D80-A13-ADVISOR-SMALL-WOMEN-SOCIAL');
    expect(codes(rows)).not.toContain('D80-A13-ADVISOR-SMALL');
    expect(codes(policiesInForce(DECREE_80_POLICIES, '2024-06-01', 'small', { womenOrSocialEnterprise: false }))).toContain('D80-A13-ADVISOR-SMALL');
  });

  it('counts validFrom and validTo as in force (inclusive)', () => {
    expect(policiesInForce(DECREE_80_POLICIES, '2021-10-14', 'small')).toEqual([]);
    expect(policiesInForce(DECREE_80_POLICIES, '2021-10-15', 'small').length).toBeGreaterThan(0);
    const all = [provincial];
    expect(policiesInForce(all, '2021-12-31', 'large')).toEqual([]);
    expect(policiesInForce(all, '2022-01-01', 'large')).toEqual([provincial]);
    expect(policiesInForce(all, '2025-12-31', 'micro')).toEqual([provincial]);
    expect(policiesInForce(all, '2026-01-01', 'micro')).toEqual([]);
  });

  it('rejects an invalid date', () => {
    expect(() => policiesInForce(DECREE_80_POLICIES, '2024-02-30', 'small')).toThrow(expect.objectContaining({ code: 'CALENDAR_DATE_INVALID', field: 'onDate' }));
  });
});

describe('maxSupport', () => {
  const microAdvisor = seed('D80-A13-ADVISOR-MICRO');
  const mediumAdvisor = seed('D80-A13-ADVISOR-MEDIUM');

  it('pays the share when it is under the cap', () => {
    expect(maxSupport(vnd(40 * M), microAdvisor)).toBe(40 * M);
    expect(maxSupport(vnd(100 * M), mediumAdvisor)).toBe(30 * M);
  });

  it('pays the cap when the share is above it', () => {
    expect(maxSupport(vnd(80 * M), microAdvisor)).toBe(50 * M);
    expect(maxSupport(vnd(1_000 * M), mediumAdvisor)).toBe(150 * M);
    expect(maxSupport(vnd(500 * M), mediumAdvisor)).toBe(150 * M);
    expect(maxSupport(vnd(500 * M + 3), mediumAdvisor)).toBe(150 * M);
  });

  it('rounds the share down to the whole đồng', () => {
    expect(maxSupport(vnd(333_333), mediumAdvisor)).toBe(99_999);
    expect(maxSupport(vnd(3), seed('D80-A11-IP-CONSULTING'))).toBe(1);
  });

  it('subtracts support already granted against the same cap, never below zero', () => {
    expect(maxSupport(vnd(80 * M), microAdvisor, { alreadyGrantedVnd: vnd(20 * M) })).toBe(30 * M);
    expect(maxSupport(vnd(10 * M), microAdvisor, { alreadyGrantedVnd: vnd(20 * M) })).toBe(10 * M);
    expect(maxSupport(vnd(80 * M), microAdvisor, { alreadyGrantedVnd: vnd(60 * M) })).toBe(0);
  });

  it('rejects a cost that is not whole đồng', () => {
    expect(() => maxSupport(1.5 as Vnd, microAdvisor)).toThrow(DomainError);
  });
});

describe('assertSupportPolicy', () => {
  it.each<[Partial<SupportPolicy>, string]>([
    [{ code: ' ' }, 'policy.code'],
    [{ name: { vi: '', en: 'x' } }, 'policy.name'],
    [{ shareOfCost: { num: 3, den: 2 } }, 'policy.shareOfCost'],
    [{ capVnd: -1 as Vnd }, 'policy.capVnd'],
    [{ per: 'month' as never }, 'policy.per'],
    [{ sizeClasses: ['tiny' as never] }, 'policy.sizeClasses[0]'],
    [{ validFrom: '2022-13-01' }, 'policy.validFrom'],
    [{ validTo: '2021-12-31' }, 'policy.validTo'],
  ])('rejects %p naming %s', (change, field) => {
    expect(() => assertSupportPolicy({ ...provincial, ...change })).toThrow(expect.objectContaining({ field }));
  });
});
