import { QueryFailedError } from 'typeorm';

/** The name of the unique constraint (or unique index) a failed INSERT ran into, if that is why it failed. */
export function uniqueViolation(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  return driverError?.code === '23505' ? (driverError.constraint ?? '') : undefined;
}
