import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';

/** The failure type of a write PostgreSQL refused for its data (activities/unrecordable-input.ts). */
export const UNRECORDABLE_INPUT = 'UnrecordableInput';

/** Whether an activity failed because what it was asked to write can never be written. */
export function isUnrecordable(error: unknown): boolean {
  return error instanceof ActivityFailure && error.cause instanceof ApplicationFailure && error.cause.type === UNRECORDABLE_INPUT;
}
