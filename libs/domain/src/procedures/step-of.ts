import { DomainError } from '../errors/domain-error';
import type { ProcedureDefinition, ProcedureStep, StepOutcome } from './procedure-definition';

/** The step with this code; an unknown code is an error. */
export function stepOf(definition: ProcedureDefinition, code: string): ProcedureStep {
  const step = definition.steps.find((candidate) => candidate.code === code);
  if (!step) {
    throw new DomainError(
      'PROCEDURE_STEP_UNKNOWN',
      {
        vi: `Quy trình "${definition.code}" ${definition.version} không có bước "${code}"`,
        en: `Procedure "${definition.code}" ${definition.version} has no step "${code}"`,
      },
      'step',
    );
  }
  return step;
}

/** Where a case starts: the step with the lowest `order`. */
export function firstStep(definition: ProcedureDefinition): ProcedureStep {
  const [first] = [...definition.steps].sort((a, b) => a.order - b.order);
  if (!first) {
    throw new DomainError('PROCEDURE_EMPTY', { vi: `Quy trình "${definition.code}" không có bước nào`, en: `Procedure "${definition.code}" has no steps` }, 'steps');
  }
  return first;
}

/**
 * The outcome a person chose on a step, checked: it must be one of the step's outcomes and not
 * one only the engine takes; a comment must be given when the outcome requires one.
 */
export function outcomeOf(definition: ProcedureDefinition, stepCode: string, outcomeCode: string, comment?: string): StepOutcome {
  const step = stepOf(definition, stepCode);
  const outcome = step.outcomes.find((candidate) => candidate.code === outcomeCode && candidate.automatic !== true);
  if (!outcome) {
    throw new DomainError(
      'OUTCOME_NOT_ALLOWED',
      {
        vi: `Kết quả "${outcomeCode}" không được phép ở bước "${step.name.vi}"`,
        en: `Outcome "${outcomeCode}" is not allowed at step "${step.name.en}"`,
      },
      'outcome',
    );
  }
  if (outcome.requiresComment === true && (comment === undefined || comment.trim() === '')) {
    throw new DomainError('COMMENT_REQUIRED', { vi: `Cần nêu lý do cho kết quả "${outcome.label.vi}"`, en: `A comment is required for "${outcome.label.en}"` }, 'comment');
  }
  return outcome;
}
