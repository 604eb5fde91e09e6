import { instanceToPlain, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { PilotStepCode, StepDeliverable } from '../../../../../workflows/pilot-model/messages';
import { ProblemException } from '../../problem/problem';
import { validationProblem } from '../../problem/validation-problems';
import { STEP_SUBMISSIONS } from './deliverables/step-submissions';

/**
 * Validates a submission against its step's own DTO (the path names the step, so the global
 * pipe cannot pick the class): the same rules and problem+json as every other body. The step
 * in the body may be left out; when given it must be the path's.
 */
export async function parseStepSubmission(step: PilotStepCode, body: unknown): Promise<StepDeliverable> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new ProblemException(400, 'validation', { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' }, { vi: 'Cần một đối tượng { step, deliverable }.', en: 'A { step, deliverable } object is needed.' });
  }
  const given = (body as { step?: unknown }).step;
  if (given !== undefined && given !== step) {
    throw new ProblemException(
      400,
      'validation',
      { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
      { vi: `Bước trong nội dung ("${String(given)}") khác bước trong đường dẫn ("${step}").`, en: `The body's step ("${String(given)}") differs from the path's ("${step}").` },
      [{ field: 'step', message: { vi: `step phải là "${step}"`, en: `step must be "${step}"` } }],
    );
  }
  const submission = plainToInstance(STEP_SUBMISSIONS[step], { ...body, step });
  const errors = await validate(submission, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: true, value: false } });
  if (errors.length > 0) throw validationProblem(errors);
  return instanceToPlain(submission.deliverable) as StepDeliverable;
}
