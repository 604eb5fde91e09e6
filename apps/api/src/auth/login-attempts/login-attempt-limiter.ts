/** Counts failed sign-ins and says how long a caller must wait; shared by every API process. */
export interface LoginAttemptLimiter {
  /** Seconds the username must wait from this address before trying again; 0 when it may try now. */
  retryAfterSeconds(username: string, address: string): Promise<number>;
  recordFailure(username: string, address: string): Promise<void>;
  /** A successful sign-in forgets the username's failures from that address. */
  reset(username: string, address: string): Promise<void>;
}

export const LOGIN_ATTEMPT_LIMITER = Symbol('LOGIN_ATTEMPT_LIMITER');
