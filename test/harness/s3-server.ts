import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

/** A real S3-compatible server (moto) on loopback, started by a test file for itself. */
export interface TestS3Server {
  endpoint: string;
  region: string;
  /** moto accepts any keys; giving some keeps the SDK from searching its default credential chain. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** A client of the server, for creating buckets and looking at what a store wrote. */
  client: S3Client;
  createBucket(name: string): Promise<void>;
  stop(): Promise<void>;
}

const projectRoot = path.resolve(__dirname, '..', '..');

/** `npm install` puts moto_server into the Temporal venv (scripts/install-temporal-binaries.js); MOTO_SERVER_PATH overrides it. */
function motoServerPath(): string {
  const file = process.env.MOTO_SERVER_PATH || path.join(projectRoot, '.tools', 'temporal-venv', 'bin', 'moto_server');
  if (!fs.existsSync(file)) throw new Error(`moto_server was not found at ${file}: run \`npm install\` (it provisions it with the Temporal binaries) or set MOTO_SERVER_PATH.`);
  return file;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startTestS3Server(): Promise<TestS3Server> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(motoServerPath(), ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`moto_server exited (${child.exitCode ?? child.signalCode}):\n${output.join('')}`);
    try {
      // moto's own API answers as soon as the server accepts requests.
      if ((await fetch(`${endpoint}/moto-api/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`moto_server did not answer on ${endpoint} within 30 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const region = 'us-east-1';
  const credentials = { accessKeyId: 'test-access-key', secretAccessKey: 'test-secret-key' };
  const client = new S3Client({ region, endpoint, forcePathStyle: true, credentials });
  return {
    endpoint,
    region,
    credentials,
    client,
    async createBucket(name) {
      await client.send(new CreateBucketCommand({ Bucket: name }));
    },
    async stop() {
      client.destroy();
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
