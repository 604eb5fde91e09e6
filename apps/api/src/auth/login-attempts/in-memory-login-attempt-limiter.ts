import type { LoginAttemptLimiter } from './login-attempt-limiter';

/**
 * Sliding window of failure times per key, in this process's memory (lost on restart, not shared
 * between processes — see LoginAttemptLimiter). Memory stays bounded: expired keys are swept and,
 * past `maxKeys`, the oldest keys are dropped (an attacker spraying keys cannot exhaust memory).
 */
export class InMemoryLoginAttemptLimiter implements LoginAttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10_000,
  ) {}

  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    // The key may try again once the oldest failure that keeps it at the limit leaves the window.
    const freedAt = recent[recent.length - this.limit] + this.windowMs;
    return Math.max(1, Math.ceil((freedAt - this.now()) / 1000));
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.delete(key); // re-insert: Map order is then least recently failed first
    this.failures.set(key, recent);
    if (this.failures.size > this.maxKeys) this.sweep();
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((time) => time > since);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }

  private sweep(): void {
    const since = this.now() - this.windowMs;
    for (const [key, times] of this.failures) {
      if (times.every((time) => time <= since)) this.failures.delete(key);
    }
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.maxKeys) break;
      this.failures.delete(key);
    }
  }
}
