import { DataSource } from 'typeorm';
import type { LoginAttemptLimiter } from './login-attempt-limiter';

export interface LoginThrottle {
  /** Failures allowed per username and address within the window (guessing one account). */
  perUsername: number;
  /** Failures allowed per address across usernames within the window (spraying one password over many). */
  perAddress: number;
  windowSeconds: number;
}

/**
 * Sliding windows of failures kept in PostgreSQL, so N API processes allow what one does. A key
 * at its limit may try again once its limit-th most recent failure leaves the window; times are
 * the database's, one clock for every process. Old rows are purged by the housekeeping schedule.
 */
export class PostgresLoginAttemptLimiter implements LoginAttemptLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
  ) {}

  async retryAfterSeconds(username: string, address: string): Promise<number> {
    const { perUsername, perAddress, windowSeconds } = this.throttle;
    const [row] = await this.dataSource.query<{ wait: string | null }[]>(
      `WITH freed AS (
         (SELECT failed_at FROM login_failures
           WHERE username = $1 AND address = $2 AND failed_at > now() - make_interval(secs => $5)
           ORDER BY failed_at DESC OFFSET $3 - 1 LIMIT 1)
         UNION ALL
         (SELECT failed_at FROM login_failures
           WHERE address = $2 AND failed_at > now() - make_interval(secs => $5)
           ORDER BY failed_at DESC OFFSET $4 - 1 LIMIT 1)
       )
       SELECT ceil(extract(epoch FROM max(failed_at) + make_interval(secs => $5) - now()))::text AS wait FROM freed`,
      [username, address, perUsername, perAddress, windowSeconds],
    );
    return row?.wait === null || row?.wait === undefined ? 0 : Math.max(1, Number(row.wait));
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO login_failures (username, address) VALUES ($1, $2)`, [username, address]);
  }

  async reset(username: string, address: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE username = $1 AND address = $2`, [username, address]);
  }
}
