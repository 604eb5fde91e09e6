import { DomainError } from '../errors/domain-error';
import { contractTermsProblem, parseContractTerms } from './contract-terms';

describe('parseContractTerms', () => {
  const limits = { approvedAmountVnd: 500_000_000, maxDurationMonths: 60 };
  const base = { effectiveDate: '2026-01-31', durationMonths: 13 };

  it('ends the contract by calendar months, clamped to the month length', () => {
    expect(parseContractTerms(base, limits)).toEqual({ effectiveDate: '2026-01-31', durationMonths: 13, endDate: '2027-02-28', tranches: [], milestones: [] });
  });

  it('keeps tranches and milestones inside the term, naming unnamed tranches by their order', () => {
    const terms = parseContractTerms(
      {
        ...base,
        tranches: [{ amountVnd: 300_000_000, dueDate: '2026-01-31' }, { label: 'Đợt cuối', amountVnd: 200_000_000, dueDate: '2027-02-28' }],
        milestones: [{ title: '  Áp dụng ISO 9001  ', dueDate: '2026-09-30' }],
      },
      limits,
    );
    expect(terms.tranches).toEqual([
      { label: 'Đợt 1', amountVnd: 300_000_000, dueDate: '2026-01-31' },
      { label: 'Đợt cuối', amountVnd: 200_000_000, dueDate: '2027-02-28' },
    ]);
    expect(terms.milestones).toEqual([{ title: 'Áp dụng ISO 9001', dueDate: '2026-09-30' }]);
  });

  it.each([
    ['no effective date', { durationMonths: 12 }, 'effectiveDate'],
    ['an impossible date', { effectiveDate: '2026-02-30', durationMonths: 12 }, 'effectiveDate'],
    ['zero months', { ...base, durationMonths: 0 }, 'durationMonths'],
    ['fractional months', { ...base, durationMonths: 1.5 }, 'durationMonths'],
    ['more months than allowed', { ...base, durationMonths: 61 }, 'durationMonths'],
    ['tranches that are not a list', { ...base, tranches: { amountVnd: 1 } }, 'tranches'],
    ['a zero tranche', { ...base, tranches: [{ amountVnd: 0, dueDate: '2026-02-01' }] }, 'tranches[0].amountVnd'],
    ['a tranche before the term', { ...base, tranches: [{ amountVnd: 1, dueDate: '2026-01-30' }] }, 'tranches[0].dueDate'],
    ['a milestone after the term', { ...base, milestones: [{ title: 'x', dueDate: '2027-03-01' }] }, 'milestones[0].dueDate'],
    ['a milestone without a title', { ...base, milestones: [{ title: ' ', dueDate: '2026-03-01' }] }, 'milestones[0].title'],
    ['tranches above the approved amount', { ...base, tranches: [{ amountVnd: 300_000_000, dueDate: '2026-02-01' }, { amountVnd: 200_000_001, dueDate: '2026-06-01' }] }, 'tranches'],
  ])('refuses %s, naming the field', (_, data, field) => {
    let error: unknown;
    try {
      parseContractTerms(data, limits);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ field, code: 'contract-terms-invalid' });
    expect((error as DomainError).text.vi).not.toEqual((error as DomainError).text.en);
  });

  it('allows tranches up to exactly the approved amount, and any total when none was approved', () => {
    const tranches = [{ amountVnd: 500_000_000, dueDate: '2026-02-01' }];
    expect(contractTermsProblem({ ...base, tranches }, limits)).toBeUndefined();
    expect(contractTermsProblem({ ...base, tranches: [{ amountVnd: 900_000_000, dueDate: '2026-02-01' }] }, { ...limits, approvedAmountVnd: null })).toBeUndefined();
    expect(contractTermsProblem({ ...base, tranches: [{ amountVnd: 500_000_001, dueDate: '2026-02-01' }] }, limits)?.vi).toContain('vượt kinh phí');
  });
});
