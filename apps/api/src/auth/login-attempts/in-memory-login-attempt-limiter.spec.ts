import { InMemoryLoginAttemptLimiter } from './in-memory-login-attempt-limiter';

describe('InMemoryLoginAttemptLimiter', () => {
  const minute = 60_000;
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000_000;
  });

  it('lets a key try until it reaches the limit, then says how long to wait', () => {
    const limiter = new InMemoryLoginAttemptLimiter(3, 15 * minute, clock);
    limiter.recordFailure('a');
    now += minute;
    limiter.recordFailure('a');
    expect(limiter.retryAfterSeconds('a')).toBe(0);
    now += minute;
    limiter.recordFailure('a');
    // The first failure leaves the window 15 minutes after it happened, 13 minutes from now.
    expect(limiter.retryAfterSeconds('a')).toBe(13 * 60);
    expect(limiter.retryAfterSeconds('b')).toBe(0);
  });

  it('forgets failures older than the window (sliding, not fixed)', () => {
    const limiter = new InMemoryLoginAttemptLimiter(2, 15 * minute, clock);
    limiter.recordFailure('a');
    now += 10 * minute;
    limiter.recordFailure('a');
    expect(limiter.retryAfterSeconds('a')).toBe(5 * 60);
    now += 5 * minute + 1;
    expect(limiter.retryAfterSeconds('a')).toBe(0);
    limiter.recordFailure('a');
    expect(limiter.retryAfterSeconds('a')).toBeGreaterThan(0);
  });

  it('forgets a key on reset (a successful sign-in)', () => {
    const limiter = new InMemoryLoginAttemptLimiter(1, 15 * minute, clock);
    limiter.recordFailure('a');
    expect(limiter.retryAfterSeconds('a')).toBeGreaterThan(0);
    limiter.reset('a');
    expect(limiter.retryAfterSeconds('a')).toBe(0);
  });

  it('keeps at most maxKeys keys, dropping the least recently failed', () => {
    const limiter = new InMemoryLoginAttemptLimiter(1, 15 * minute, clock, 2);
    limiter.recordFailure('old');
    limiter.recordFailure('middle');
    limiter.recordFailure('old');
    limiter.recordFailure('new');
    expect(limiter.retryAfterSeconds('middle')).toBe(0);
    expect(limiter.retryAfterSeconds('old')).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds('new')).toBeGreaterThan(0);
  });
});
