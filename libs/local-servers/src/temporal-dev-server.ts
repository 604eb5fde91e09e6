import * as fs from 'node:fs';
import * as path from 'node:path';
import { Connection } from '@temporalio/client';
import { ManagedProcess } from './managed-process';

export interface TemporalDevServerOptions {
  cliPath: string;
  port: number;
  /** Web UI port; omit for a headless server (tests). */
  uiPort?: number;
  /** SQLite file; omit for an in-memory server (tests). */
  dbFile?: string;
  namespace?: string;
  onLog?: (line: string) => void;
}

/** `temporal server start-dev` as a child process, ready once its frontend answers. */
export class TemporalDevServer {
  private constructor(
    private readonly process: ManagedProcess,
    readonly address: string,
    readonly uiUrl: string | undefined,
  ) {}

  static async start(options: TemporalDevServerOptions): Promise<TemporalDevServer> {
    const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--namespace', options.namespace ?? 'default', '--log-level', 'warn'];
    if (options.uiPort !== undefined) args.push('--ui-port', String(options.uiPort));
    else args.push('--headless');
    if (options.dbFile) {
      fs.mkdirSync(path.dirname(options.dbFile), { recursive: true });
      args.push('--db-filename', options.dbFile);
    }
    const child = ManagedProcess.spawn('temporal', options.cliPath, args, { onOutput: options.onLog });
    const address = `127.0.0.1:${options.port}`;
    const server = new TemporalDevServer(child, address, options.uiPort !== undefined ? `http://localhost:${options.uiPort}` : undefined);
    await server.waitUntilReady();
    return server;
  }

  private async waitUntilReady(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    while (Date.now() < deadline) {
      if (!this.process.running) throw new Error(`temporal server start-dev exited early with code ${await this.process.whenExited()}`);
      try {
        const connection = await Connection.connect({ address: this.address, connectTimeout: 1_000 });
        try {
          await connection.workflowService.getSystemInfo({});
          return;
        } finally {
          await connection.close();
        }
      } catch (error) {
        lastError = error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    await this.process.stop();
    throw new Error(`Temporal dev server did not answer on ${this.address} within ${timeoutMs} ms: ${String(lastError)}`);
  }

  async stop(): Promise<void> {
    await this.process.stop();
  }
}
