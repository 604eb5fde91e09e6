import { DomainError } from '../errors/domain-error';
import {
  appraiseBudget,
  checkApprovedAmount,
  DEFAULT_BUDGET_APPRAISAL_TEAM_RULES,
  maximumApprovableAmount,
  type BudgetRequest,
} from './budget-appraisal';
import type { CouncilMember } from './council-roster';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
  throw new Error('expected a DomainError');
};

/** Requested 800m of a 2bn task; a cap of 30% of cost (600m) and at most 500m. */
const request: BudgetRequest = {
  requestedVnd: 800_000_000,
  totalCostVnd: 2_000_000_000,
  caps: [{ id: 'iso-system', per: 'hệ thống quản lý', shareOfCost: { num: 3, den: 10 }, capVnd: 500_000_000, label: { vi: 'Hỗ trợ hệ thống quản lý', en: 'Management system support' } }],
};

const team: CouncilMember[] = [
  { id: 'a1', role: 'chair' },
  { id: 'a2', role: 'member', financeDepartment: true },
  { id: 'a3', role: 'member' },
  { id: 'a4', role: 'member' },
  { id: 'a5', role: 'secretary' },
];

describe('maximumApprovableAmount', () => {
  it('is the least of the request, each share of cost and each cap', () => {
    const max = maximumApprovableAmount(request);
    expect(max.maxVnd).toBe(500_000_000);
    expect(max.limits.map((l) => [l.kind, l.capId, l.vnd])).toEqual([
      ['requested', null, 800_000_000],
      ['share-of-cost', 'iso-system', 600_000_000],
      ['cap', 'iso-system', 500_000_000],
    ]);
    expect(max.bindingLimits.map((l) => l.kind)).toEqual(['cap']);
    expect(max.limits[1]?.text.vi).toBe('Hỗ trợ hệ thống quản lý: 3/10 tổng kinh phí = 600.000.000 đ (tính theo hệ thống quản lý)');
  });

  it('is the request when no cap applies or the request is smaller', () => {
    expect(maximumApprovableAmount({ ...request, caps: [] }).maxVnd).toBe(800_000_000);
    expect(maximumApprovableAmount({ ...request, requestedVnd: 300_000_000 }).bindingLimits.map((l) => l.kind)).toEqual(['requested']);
  });

  it('combines several caps, and reports every binding one', () => {
    const max = maximumApprovableAmount({
      requestedVnd: 600_000_000,
      totalCostVnd: 2_000_000_000,
      caps: [
        { id: 'share', per: 'task', shareOfCost: { num: 3, den: 10 } },
        { id: 'ceiling', per: 'enterprise', capVnd: 700_000_000 },
      ],
    });
    expect(max.maxVnd).toBe(600_000_000);
    expect(max.bindingLimits.map((l) => l.capId)).toEqual([null, 'share']);
  });

  it('rounds a share of cost down to the đồng', () => {
    expect(maximumApprovableAmount({ requestedVnd: 1_000_001, totalCostVnd: 1_000_001, caps: [{ id: 's', per: 'task', shareOfCost: { num: 1, den: 3 } }] }).maxVnd).toBe(333_333);
  });

  it('stays exact for amounts near 2^53', () => {
    const total = Number.MAX_SAFE_INTEGER;
    expect(maximumApprovableAmount({ requestedVnd: total, totalCostVnd: total, caps: [{ id: 's', per: 'task', shareOfCost: { num: 7, den: 10 } }] }).maxVnd).toBe(
      Number((BigInt(total) * 7n) / 10n),
    );
  });

  it.each([
    [{ ...request, requestedVnd: 1.5 }, 'VND_INVALID'],
    [{ ...request, totalCostVnd: -1 }, 'VND_INVALID'],
    [{ ...request, caps: [{ id: 'c', per: 'task', capVnd: 10.5 }] }, 'VND_INVALID'],
    [{ ...request, caps: [{ id: 'c', per: 'task' }] }, 'POLICY_CAP_INVALID'],
    [{ ...request, caps: [{ id: 'c', per: 'task', shareOfCost: { num: 11, den: 10 } }] }, 'COUNCIL_RULE_INVALID'],
    [{ ...request, requestedVnd: 2_000_000_001 }, 'BUDGET_REQUEST_OVER_COST'],
  ])('rejects malformed input (%#)', (bad, code) => {
    expect(codeOf(() => maximumApprovableAmount(bad as BudgetRequest))).toBe(code);
  });
});

describe('checkApprovedAmount', () => {
  it('accepts the maximum itself', () => {
    expect(checkApprovedAmount(request, 500_000_000)).toMatchObject({ withinLimits: true, maxVnd: 500_000_000, exceeded: [] });
  });

  it('flags one đồng over the cap, naming the cap', () => {
    const check = checkApprovedAmount(request, 500_000_001);
    expect(check.withinLimits).toBe(false);
    expect(check.exceeded.map((l) => l.kind)).toEqual(['cap']);
    expect(check.explanation.vi).toContain('vượt mức tối đa 500.000.000 đ');
  });

  it('lists every limit an amount breaks', () => {
    expect(checkApprovedAmount(request, 900_000_000).exceeded.map((l) => l.kind)).toEqual(['requested', 'share-of-cost', 'cap']);
  });

  it('rejects a non-integer approved amount', () => {
    expect(codeOf(() => checkApprovedAmount(request, 499_999_999.5))).toBe('VND_INVALID');
  });
});

describe('appraiseBudget', () => {
  const present = (...ids: string[]) => ({ presentMemberIds: ids });

  it('appraises with 4 of 5 present', () => {
    const result = appraiseBudget({ members: team, attendance: present('a1', 'a2', 'a3', 'a4'), request, approvedVnd: 450_000_000 });
    expect(result).toMatchObject({ status: 'appraised', approvedVnd: 450_000_000, maximum: { maxVnd: 500_000_000 } });
  });

  it('has no quorum with 3 of 5', () => {
    const result = appraiseBudget({ members: team, attendance: present('a1', 'a2', 'a3'), request, approvedVnd: 450_000_000 });
    expect(result.status).toBe('no-quorum');
    expect(result.quorum.shortfalls[0]?.text.vi).toBe('Có mặt 3/5 thành viên, cần ít nhất 4 (4/5)');
  });

  it('rejects an approved amount over a cap', () => {
    const err = (() => {
      try {
        appraiseBudget({ members: team, attendance: present('a1', 'a2', 'a3', 'a4', 'a5'), request, approvedVnd: 550_000_000 });
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a DomainError');
    })();
    expect(err.code).toBe('BUDGET_APPROVED_OVER_LIMIT');
    expect(err.field).toBe('approvedVnd');
    expect(err.text.vi).toContain('Hỗ trợ hệ thống quản lý: tối đa 500.000.000 đ');
  });

  it('needs a member from Sở Tài chính on the team', () => {
    const noFinance = team.map((m) => ({ ...m, financeDepartment: false }));
    expect(codeOf(() => appraiseBudget({ members: noFinance, attendance: present('a1', 'a2', 'a3', 'a4'), request, approvedVnd: 1 }))).toBe('APPRAISAL_TEAM_NEEDS_FINANCE');
  });

  it('needs exactly five members', () => {
    expect(codeOf(() => appraiseBudget({ members: team.slice(0, 4), attendance: present('a1', 'a2', 'a3', 'a4'), request, approvedVnd: 1 }))).toBe('COUNCIL_SIZE_INVALID');
  });

  it('follows another version of the rules', () => {
    const lenient = { ...DEFAULT_BUDGET_APPRAISAL_TEAM_RULES, quorumShare: { num: 3, den: 5 } };
    expect(appraiseBudget({ members: team, attendance: present('a1', 'a2', 'a3'), request, approvedVnd: 1 }, lenient).status).toBe('appraised');
  });
});
