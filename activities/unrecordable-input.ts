import { ApplicationFailure } from '@temporalio/common';
import { UNRECORDABLE_INPUT } from '../workflows/common/unrecordable';

/** A foreign key not there yet or a duplicate key: another writer's timing, which a retry cures. */
const RACES = new Set(['23503', '23505']);

/**
 * PostgreSQL error classes 22 (data exception: NUL in text, numeric overflow, bad encoding) and
 * 23 (integrity constraint violation) are about the data sent, not the moment: such a failure is
 * made non-retryable so it reaches the workflow at once instead of being retried forever.
 * Anything else (connection lost, serialization failure, a race) is returned unchanged and retried.
 */
export function unrecordableOr(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^2[23]/.test(code) || RACES.has(code)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return ApplicationFailure.create({ type: UNRECORDABLE_INPUT, message: `PostgreSQL refused the data (${code}): ${message}`, nonRetryable: true, cause: error instanceof Error ? error : undefined });
}

/** Every activity of a provider record, failing non-retryably on data PostgreSQL refuses for good. */
export function refusingUnrecordableInput<T extends Record<string, (...args: never[]) => Promise<unknown>>>(activities: T): T {
  const wrapped: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const [name, activity] of Object.entries(activities)) {
    wrapped[name] = async (...args: never[]) => {
      try {
        return await activity(...args);
      } catch (error) {
        throw unrecordableOr(error);
      }
    };
  }
  return wrapped as T;
}
