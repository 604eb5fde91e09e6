import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

export const HISTORIES_DIR = path.resolve(__dirname, '..', 'fixtures', 'histories');

/**
 * Saves a finished workflow's history for the replay test (test/workflows/replay.test.ts) when
 * NSCL_RECORD_HISTORIES=1: refresh the fixtures on purpose, then commit them. Running cases of
 * the product replay these, so a change that breaks them fails CI until it is `patched()`.
 * Stored as the protobuf encoding (base64), exactly as the server sends it.
 */
export async function recordHistory(name: string, handle: WorkflowHandle): Promise<void> {
  if (process.env.NSCL_RECORD_HISTORIES !== '1') return;
  const history = await handle.fetchHistory();
  const encoded = Buffer.from(temporal.api.history.v1.History.encode(history).finish()).toString('base64');
  fs.mkdirSync(HISTORIES_DIR, { recursive: true });
  fs.writeFileSync(path.join(HISTORIES_DIR, `${name}.json`), JSON.stringify({ workflowId: handle.workflowId, history: encoded }) + '\n');
}

export function readHistory(file: string): { workflowId: string; history: temporal.api.history.v1.History } {
  const { workflowId, history } = JSON.parse(fs.readFileSync(path.join(HISTORIES_DIR, file), 'utf8')) as { workflowId: string; history: string };
  return { workflowId, history: temporal.api.history.v1.History.decode(Buffer.from(history, 'base64')) };
}
