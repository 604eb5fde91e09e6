import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';

/** A child process we own: started with a name for its log lines, stopped with SIGTERM (or the signal given) then SIGKILL. */
export class ManagedProcess {
  private exited: Promise<number | null>;
  private hasExited = false;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => {
        this.hasExited = true;
        resolve(code);
      });
    });
  }

  static spawn(name: string, command: string, args: string[], options: SpawnOptions & { onOutput?: (line: string) => void } = {}): ManagedProcess {
    const { onOutput, ...spawnOptions } = options;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) onOutput?.(line);
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    return new ManagedProcess(name, child);
  }

  get running(): boolean {
    return !this.hasExited;
  }

  whenExited(): Promise<number | null> {
    return this.exited;
  }

  async stop(graceMs = 10_000, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.hasExited) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
