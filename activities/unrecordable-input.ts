import { ApplicationFailure } from '@temporalio/common';
import { UNRECORDABLE_INPUT } from '../workflows/common/unrecordable';

/**
 * PostgreSQL error classes 22 (data exception: NUL in text, numeric overflow, bad encoding) and
 * 23 (integrity constraint violation) are about the data sent, not the moment: such a failure is
 * made non-retryable so it reaches the workflow at once instead of being retried forever.
 * Anything else (connection lost, serialization failure) is returned unchanged and retried.
 */
export function unrecordableOr(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^2[23]/.test(code)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return ApplicationFailure.create({ type: UNRECORDABLE_INPUT, message: `PostgreSQL refused the data (${code}): ${message}`, nonRetryable: true, cause: error instanceof Error ? error : undefined });
}
