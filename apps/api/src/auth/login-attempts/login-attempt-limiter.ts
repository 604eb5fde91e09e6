/**
 * Counts failed sign-ins per key (username + IP address). The seam for a shared store: the
 * in-memory implementation counts per process, so N API processes allow N × limit attempts;
 * bind LOGIN_ATTEMPT_LIMITER to a Redis- or PostgreSQL-backed class to share the count.
 */
export interface LoginAttemptLimiter {
  /** Seconds the key must wait before trying again; 0 when it may try now. */
  retryAfterSeconds(key: string): number;
  recordFailure(key: string): void;
  /** A successful sign-in forgets the key's failures. */
  reset(key: string): void;
}

export const LOGIN_ATTEMPT_LIMITER = Symbol('LOGIN_ATTEMPT_LIMITER');

export function loginAttemptKey(username: string, ip: string | undefined): string {
  return `${username}\u0000${ip ?? 'unknown'}`;
}
