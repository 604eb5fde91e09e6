import { ApplicationFailure } from '@temporalio/workflow';

/**
 * Refuses an Update from its validator: `type` tells the API which HTTP status to answer, the
 * details carry the Vietnamese and English explanation for the caller.
 */
export function reject(type: string, vi: string, en: string): never {
  throw ApplicationFailure.create({ type, message: en, details: [{ vi, en }], nonRetryable: true });
}
