import type { SpawnOptions } from 'node:child_process';
import { ManagedProcess } from './managed-process';

export interface SupervisionOptions {
  /** First wait before a restart; doubled after each quick death, up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A child that ran this long before dying is restarted after the first wait again. */
  healthyAfterMs?: number;
  /** Told of each unexpected exit and the wait before the restart. */
  onRestart?: (exitCode: number | null, backoffMs: number, restarts: number) => void;
}

/**
 * A child process kept running: when it dies on its own it is started again after a backoff
 * that grows while it keeps dying quickly, so one crashing worker does not take the rest of the
 * system down with it, nor spin. `stop()` ends it for good.
 */
export class SupervisedProcess {
  private current: ManagedProcess;
  private stopping = false;
  private restarts = 0;
  private backoffMs: number;
  private pendingRestart?: NodeJS.Timeout;
  private readonly settings: Required<Omit<SupervisionOptions, 'onRestart'>> & Pick<SupervisionOptions, 'onRestart'>;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly spawnOptions: SpawnOptions & { onOutput?: (line: string) => void },
    options: SupervisionOptions = {},
  ) {
    this.settings = { initialBackoffMs: 1_000, maxBackoffMs: 30_000, healthyAfterMs: 60_000, ...options };
    this.backoffMs = this.settings.initialBackoffMs;
    this.current = this.launch();
  }

  /** The process running now (a new one after each restart). */
  get process(): ManagedProcess {
    return this.current;
  }

  get restartCount(): number {
    return this.restarts;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.pendingRestart);
    await this.current.stop();
  }

  private launch(): ManagedProcess {
    const startedAt = Date.now();
    const child = ManagedProcess.spawn(this.name, this.command, this.args, this.spawnOptions);
    void child.whenExited().then((code) => {
      if (this.stopping) return;
      if (Date.now() - startedAt >= this.settings.healthyAfterMs) this.backoffMs = this.settings.initialBackoffMs;
      const wait = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, this.settings.maxBackoffMs);
      this.restarts += 1;
      this.settings.onRestart?.(code, wait, this.restarts);
      this.pendingRestart = setTimeout(() => {
        if (!this.stopping) this.current = this.launch();
      }, wait);
    });
    return child;
  }
}
