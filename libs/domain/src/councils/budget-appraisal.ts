import { DomainError, type LocalizedText } from '../errors/domain-error';
import { type Attendance, type CouncilCompositionRules, type CouncilMember } from './council-roster';
import { assertRuleCount, assertShare, type Fraction } from './fraction';
import { evaluateQuorum, type QuorumResult, type QuorumRules } from './quorum';
import { assertVnd, formatVnd } from './vnd';

export interface BudgetAppraisalTeamRules extends CouncilCompositionRules, QuorumRules {
  /** Members sent by Sở Tài chính the team must include. */
  readonly minFinanceDepartmentMembers: number;
}

export const DEFAULT_BUDGET_APPRAISAL_TEAM_RULES: BudgetAppraisalTeamRules = {
  minMembers: 5,
  maxMembers: 5,
  roleCounts: {},
  quorumShare: { num: 4, den: 5 },
  // process.md sets only the 4/5 head count for the team.
  quorumNeedsChairOrAuthorisedViceChair: false,
  quorumNeedsAllReviewers: false,
  quorumNeedsSecretary: false,
  minFinanceDepartmentMembers: 1,
};

/**
 * A support cap that applies to this request, as data (caps change by decision, not by code).
 * `shareOfCost` limits support to a share of the total cost; `capVnd` is an absolute ceiling;
 * either or both may be set. `per` says what the cap is counted per (task, enterprise,
 * certificate…); the caller passes only the caps that apply.
 */
export interface PolicyCap {
  readonly id: string;
  readonly per: string;
  readonly shareOfCost?: Fraction;
  readonly capVnd?: number;
  readonly label?: LocalizedText;
}

export interface BudgetRequest {
  /** State-budget support requested, whole VND. */
  readonly requestedVnd: number;
  /** Total cost of the task, whole VND; share caps apply to it. */
  readonly totalCostVnd: number;
  readonly caps: readonly PolicyCap[];
}

export type BudgetLimitKind = 'requested' | 'share-of-cost' | 'cap';

export interface BudgetLimit {
  readonly kind: BudgetLimitKind;
  /** The cap's id; null for the requested amount. */
  readonly capId: string | null;
  readonly vnd: number;
  readonly text: LocalizedText;
}

export interface MaximumApprovable {
  readonly maxVnd: number;
  readonly limits: readonly BudgetLimit[];
  /** The limits equal to `maxVnd`: the ones that actually bind. */
  readonly bindingLimits: readonly BudgetLimit[];
}

export interface ApprovedAmountCheck {
  readonly withinLimits: boolean;
  readonly approvedVnd: number;
  readonly maxVnd: number;
  /** Every limit the approved amount is above. */
  readonly exceeded: readonly BudgetLimit[];
  readonly explanation: LocalizedText;
}

export type BudgetAppraisalResult =
  | { readonly status: 'no-quorum'; readonly quorum: QuorumResult }
  | { readonly status: 'appraised'; readonly quorum: QuorumResult; readonly approvedVnd: number; readonly maximum: MaximumApprovable };

function assertRequest(request: BudgetRequest): void {
  assertVnd(request.requestedVnd, 'requestedVnd');
  assertVnd(request.totalCostVnd, 'totalCostVnd');
  if (request.requestedVnd > request.totalCostVnd) {
    throw new DomainError(
      'BUDGET_REQUEST_OVER_COST',
      {
        vi: `Kinh phí đề nghị hỗ trợ (${formatVnd(request.requestedVnd)}) vượt tổng kinh phí thực hiện (${formatVnd(request.totalCostVnd)})`,
        en: `Requested support (${formatVnd(request.requestedVnd)}) exceeds the total cost (${formatVnd(request.totalCostVnd)})`,
      },
      'requestedVnd',
    );
  }
  request.caps.forEach((cap, index) => {
    const at = `caps[${index}]`;
    if (cap.shareOfCost === undefined && cap.capVnd === undefined) {
      throw new DomainError(
        'POLICY_CAP_INVALID',
        { vi: `Mức trần ${cap.id} không có tỷ lệ hay số tiền`, en: `Cap ${cap.id} has neither a share nor an amount` },
        at,
      );
    }
    if (cap.shareOfCost !== undefined) assertShare(cap.shareOfCost, `${at}.shareOfCost`);
    if (cap.capVnd !== undefined) assertVnd(cap.capVnd, `${at}.capVnd`);
  });
}

/**
 * The most the team may approve: min(requested, total cost × share, cap) over every applicable
 * cap. A share of the cost is rounded DOWN to the đồng, since the approved amount must not exceed it.
 */
export function maximumApprovableAmount(request: BudgetRequest): MaximumApprovable {
  assertRequest(request);
  const limits: BudgetLimit[] = [
    {
      kind: 'requested',
      capId: null,
      vnd: request.requestedVnd,
      text: { vi: `Kinh phí đề nghị: ${formatVnd(request.requestedVnd)}`, en: `Requested: ${formatVnd(request.requestedVnd)}` },
    },
  ];
  for (const cap of request.caps) {
    const name = cap.label ?? { vi: cap.id, en: cap.id };
    if (cap.shareOfCost !== undefined) {
      const { num, den } = cap.shareOfCost;
      const vnd = Number((BigInt(request.totalCostVnd) * BigInt(num)) / BigInt(den));
      limits.push({
        kind: 'share-of-cost',
        capId: cap.id,
        vnd,
        text: {
          vi: `${name.vi}: ${num}/${den} tổng kinh phí = ${formatVnd(vnd)} (tính theo ${cap.per})`,
          en: `${name.en}: ${num}/${den} of total cost = ${formatVnd(vnd)} (per ${cap.per})`,
        },
      });
    }
    if (cap.capVnd !== undefined) {
      limits.push({
        kind: 'cap',
        capId: cap.id,
        vnd: cap.capVnd,
        text: {
          vi: `${name.vi}: tối đa ${formatVnd(cap.capVnd)} (tính theo ${cap.per})`,
          en: `${name.en}: at most ${formatVnd(cap.capVnd)} (per ${cap.per})`,
        },
      });
    }
  }
  const maxVnd = Math.min(...limits.map((limit) => limit.vnd));
  return { maxVnd, limits, bindingLimits: limits.filter((limit) => limit.vnd === maxVnd) };
}

/** Whether an approved amount respects the request and every cap, and which limits it breaks. */
export function checkApprovedAmount(request: BudgetRequest, approvedVnd: number): ApprovedAmountCheck {
  assertVnd(approvedVnd, 'approvedVnd');
  const { maxVnd, limits } = maximumApprovableAmount(request);
  const exceeded = limits.filter((limit) => approvedVnd > limit.vnd);
  const withinLimits = exceeded.length === 0;
  return {
    withinLimits,
    approvedVnd,
    maxVnd,
    exceeded,
    explanation: withinLimits
      ? {
          vi: `Kinh phí thẩm định ${formatVnd(approvedVnd)} không vượt mức tối đa ${formatVnd(maxVnd)}`,
          en: `Approved ${formatVnd(approvedVnd)} is within the maximum ${formatVnd(maxVnd)}`,
        }
      : {
          vi: `Kinh phí thẩm định ${formatVnd(approvedVnd)} vượt mức tối đa ${formatVnd(maxVnd)}: ${exceeded.map((l) => l.text.vi).join('; ')}`,
          en: `Approved ${formatVnd(approvedVnd)} exceeds the maximum ${formatVnd(maxVnd)}: ${exceeded.map((l) => l.text.en).join('; ')}`,
        },
  };
}

export function assertBudgetAppraisalRules(rules: BudgetAppraisalTeamRules): void {
  assertRuleCount(rules.minFinanceDepartmentMembers, 'minFinanceDepartmentMembers');
}

/**
 * The team's conclusion on the approved amount. Needs quorum (4 of 5); an amount above the
 * request or any cap is rejected with a DomainError naming the limits it breaks.
 */
export function appraiseBudget(
  input: { readonly members: readonly CouncilMember[]; readonly attendance: Attendance; readonly request: BudgetRequest; readonly approvedVnd: number },
  rules: BudgetAppraisalTeamRules = DEFAULT_BUDGET_APPRAISAL_TEAM_RULES,
): BudgetAppraisalResult {
  assertBudgetAppraisalRules(rules);
  const quorum = evaluateQuorum(input.members, input.attendance, rules);
  const finance = input.members.filter((member) => member.financeDepartment === true).length;
  if (finance < rules.minFinanceDepartmentMembers) {
    throw new DomainError(
      'APPRAISAL_TEAM_NEEDS_FINANCE',
      {
        vi: `Tổ thẩm định phải có ít nhất ${rules.minFinanceDepartmentMembers} thành viên của Sở Tài chính`,
        en: `The appraisal team must include at least ${rules.minFinanceDepartmentMembers} member(s) from Sở Tài chính (Finance Department)`,
      },
      'members',
    );
  }
  const check = checkApprovedAmount(input.request, input.approvedVnd);
  if (!quorum.met) return { status: 'no-quorum', quorum };
  if (!check.withinLimits) {
    throw new DomainError('BUDGET_APPROVED_OVER_LIMIT', check.explanation, 'approvedVnd');
  }
  return { status: 'appraised', quorum, approvedVnd: input.approvedVnd, maximum: maximumApprovableAmount(input.request) };
}
