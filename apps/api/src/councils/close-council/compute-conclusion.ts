import {
  ACCEPTANCE_GRADE_LABELS,
  appraiseBudget,
  checkApprovedAmount,
  decideIdentification,
  gradeAcceptance,
  IDENTIFICATION_OUTCOME_LABELS,
  SELECTION_OUTCOME_LABELS,
  selectProposals,
  type AcceptanceCouncilRules,
  type AcceptanceGrade,
  type AssignmentMode,
  type BudgetAppraisalTeamRules,
  type CriterionVerdict,
  type IdentificationCouncilRules,
  type PolicyCap,
  type QuorumResult,
  type SelectionCouncilRules,
} from '../../../../../libs/domain/src/councils';
import { DomainError, type LocalizedText } from '../../../../../libs/domain/src/errors/domain-error';
import type { BallotEntity } from '../../../../../libs/persistence/src/entities/councils/ballot.entity';
import type { CouncilEntity, StoredCouncilResult } from '../../../../../libs/persistence/src/entities/councils/council.entity';
import type { CouncilMemberEntity } from '../../../../../libs/persistence/src/entities/councils/council-member.entity';
import { attendanceOf, domainMembers } from '../council-roll';

export type Computation = { status: 'no-quorum'; quorum: QuorumResult } | { status: 'decided'; result: StoredCouncilResult };

export interface ClosingInput {
  council: CouncilEntity;
  members: readonly CouncilMemberEntity[];
  ballots: readonly BallotEntity[];
  /** Budget appraisal only: the amount the team approves. */
  approvedVnd?: number;
}

const BUDGET_APPROVED_LABEL: LocalizedText = { vi: 'Thông qua kinh phí', en: 'Budget approved' };

/**
 * A council's result by the domain's rules, with the outcome code the case workflow expects
 * (identification 'thuc-hien' | 'khong-thuc-hien'; selection 'selected' | 'not-selected';
 * budget appraisal 'approved'; acceptance 'xuat-sac' | 'dat' | 'khong-dat') and the figures
 * behind it. JSON-safe: it is stored as is and sent to the workflow.
 */
export function computeConclusion(input: ClosingInput): Computation {
  const { council, members, ballots } = input;
  const roll = domainMembers(members);
  const attendance = attendanceOf(council, members);
  const payload = (ballot: BallotEntity) => ballot.payload as Record<string, unknown>;

  switch (council.kind) {
    case 'identification': {
      const result = decideIdentification(
        {
          members: roll,
          attendance,
          criterionIds: (council.criteria ?? []).map((criterion) => criterion.id),
          ballots: ballots.map((ballot) => ({
            memberId: ballot.memberUserId,
            verdicts: payload(ballot).verdicts as Record<string, CriterionVerdict>,
            ...(payload(ballot).mode ? { mode: payload(ballot).mode as AssignmentMode } : {}),
          })),
        },
        council.rules as unknown as IdentificationCouncilRules,
      );
      if (result.status === 'no-quorum') return result;
      return decided(result.outcome, IDENTIFICATION_OUTCOME_LABELS[result.outcome], result.explanation, {
        mode: result.mode,
        modeByTieRule: result.modeByTieRule,
        ballotCount: result.ballotCount,
        backingCount: result.backingCount,
        backingNeeded: result.backingNeeded,
        modeTally: result.modeTally,
        ballots: result.ballots,
        quorum: result.quorum,
      });
    }
    case 'selection': {
      // The council examines one application: it is the only proposal, so "the winner" means "it passed".
      const result = selectProposals(
        {
          members: roll,
          attendance,
          taskType: council.taskType as 'du-an' | 'de-tai',
          proposals: [
            {
              id: council.applicationId,
              stateBudgetRequestVnd: council.requestedVnd ?? 0,
              fromTaskProposer: council.fromTaskProposer,
              ballots: ballots.map((ballot) => ({ memberId: ballot.memberUserId, scores: payload(ballot).scores as Record<string, number> })),
            },
          ],
        },
        council.rules as unknown as SelectionCouncilRules,
      );
      if (result.status === 'no-quorum') return result;
      const [proposal] = result.proposals;
      const selected = result.winnerId === council.applicationId;
      const label = SELECTION_OUTCOME_LABELS[proposal.outcome];
      const explanation: LocalizedText = selected
        ? result.explanation
        : { vi: `${label.vi}: ${proposal.failures.map((f) => f.text.vi).join('; ')}`, en: `${label.en}: ${proposal.failures.map((f) => f.text.en).join('; ')}` };
      return decided(selected ? 'selected' : 'not-selected', label, explanation, {
        taskType: result.taskType,
        meanHundredths: proposal.meanHundredths,
        finalScoreHundredths: proposal.finalScoreHundredths,
        bonusApplied: proposal.bonusApplied,
        passed: proposal.passed,
        failures: proposal.failures,
        zeroCounts: proposal.zeroCounts,
        ballots: proposal.ballots,
        mean: proposal.mean,
        finalScore: proposal.finalScore,
        quorum: result.quorum,
      });
    }
    case 'budget-appraisal': {
      if (input.approvedVnd === undefined) {
        throw new DomainError(
          'BUDGET_APPROVED_AMOUNT_MISSING',
          { vi: 'Cần nêu mức kinh phí tổ thẩm định thông qua (approvedVnd)', en: 'Give the amount the team approves (approvedVnd)' },
          'approvedVnd',
        );
      }
      const request = { requestedVnd: council.requestedVnd ?? 0, totalCostVnd: council.totalCostVnd ?? 0, caps: (council.caps ?? []) as PolicyCap[] };
      const result = appraiseBudget({ members: roll, attendance, request, approvedVnd: input.approvedVnd }, council.rules as unknown as BudgetAppraisalTeamRules);
      if (result.status === 'no-quorum') return result;
      return decided('approved', BUDGET_APPROVED_LABEL, checkApprovedAmount(request, result.approvedVnd).explanation, {
        approvedVnd: result.approvedVnd,
        maxVnd: result.maximum.maxVnd,
        limits: result.maximum.limits,
        bindingLimits: result.maximum.bindingLimits,
        proposals: ballots.map((ballot) => ({ memberId: ballot.memberUserId, proposedVnd: payload(ballot).proposedVnd })),
        quorum: result.quorum,
      });
    }
    case 'acceptance': {
      const result = gradeAcceptance(
        {
          members: roll,
          attendance,
          ballots: ballots.map((ballot) => ({ memberId: ballot.memberUserId, grade: payload(ballot).grade as AcceptanceGrade })),
          contractEndOn: council.contractEndOn as string,
          dossierSubmittedOn: council.dossierSubmittedOn as string,
        },
        council.rules as unknown as AcceptanceCouncilRules,
      );
      if (result.status === 'no-quorum') return { status: 'no-quorum', quorum: result.quorum };
      return decided(result.grade, ACCEPTANCE_GRADE_LABELS[result.grade], result.explanation, {
        reason: result.reason,
        tally: result.tally,
        presentCount: result.presentCount,
        lateness: result.lateness,
        quorum: result.quorum,
      });
    }
  }
}

function decided(outcome: string, label: LocalizedText, explanation: LocalizedText, detail: Record<string, unknown>): Computation {
  // Through JSON once, so what is returned is exactly what jsonb stores and the workflow receives.
  return { status: 'decided', result: JSON.parse(JSON.stringify({ outcome, label, explanation, detail })) as StoredCouncilResult };
}
