import * as fs from 'node:fs';
import { Worker } from '@temporalio/worker';
import { readHarnessState } from '../harness/harness-state';
import { HISTORIES_DIR, readHistory } from '../harness/histories';
import { installQuietRuntime } from '../harness/time-skipping';

/**
 * Replays saved histories of real runs (test/fixtures/histories, refreshed with
 * NSCL_RECORD_HISTORIES=1) against today's workflow code: a change that would break cases
 * already running in production fails here until it goes through `patched()`.
 */
describe('workflow replay against saved histories', () => {
  const files = fs.readdirSync(HISTORIES_DIR).filter((file) => file.endsWith('.json')).sort();

  it('has histories of every workflow family to replay', () => {
    const families = new Set(files.map((file) => file.split('-').slice(0, 2).join('-')));
    expect(families).toEqual(new Set(['decision-task', 'pilot-model', 'support-application']));
  });

  it.each(files)('replays %s without nondeterminism', async (file) => {
    installQuietRuntime();
    const { workflowId, history } = readHistory(file);
    await Worker.runReplayHistory({ workflowBundle: { codePath: readHarnessState().workflowBundlePath } }, history, workflowId);
  });
});
