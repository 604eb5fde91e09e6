import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { loadEnvironment, projectRoot } from '../libs/config/src/environment';

/** Builds the workflow bundle production workers load (`npm run build`). */
async function main(): Promise<void> {
  const { workflowBundlePath } = loadEnvironment();
  const { code } = await bundleWorkflowCode({ workflowsPath: path.join(projectRoot, 'workflows', 'index.ts') });
  fs.mkdirSync(path.dirname(workflowBundlePath), { recursive: true });
  fs.writeFileSync(workflowBundlePath, code);
  process.stdout.write(`Workflow bundle written to ${path.relative(projectRoot, workflowBundlePath)} (${Math.round(code.length / 1024)} KiB)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
