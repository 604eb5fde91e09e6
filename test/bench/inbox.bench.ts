// Benchmark (not a test; `npm run bench:inbox` after `npm run build`): the time from opening the inbox
// to a usable inbox (its first page shown, every open task counted) for an officer with N open tasks, in a real headless Chromium
// against the production topology. Prints numbers; asserts nothing.
import * as path from 'node:path';
import { DEMO_TEST_PASSWORD, loginAs } from '../harness/auth';
import { ensureWebBuilt, launchChromium, newUserPage, signInThroughPage } from '../harness/browser';
import { eventually } from '../harness/eventually';
import { http } from '../harness/http';
import { ProcessStack } from '../harness/process-stack';

const OPEN_TASKS = Number(process.env.BENCH_OPEN_TASKS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONCURRENCY = 16;

async function main(): Promise<void> {
  ensureWebBuilt();
  const stack = await ProcessStack.start(undefined, path.resolve(__dirname, '..', '..', 'dist', 'workflow-bundle.js'));
  const browser = await launchChromium();
  try {
    const enterprise = await loginAs(stack.baseUrl, 'enterprise.a');
    const officer = await loginAs(stack.baseUrl, 'officer.tdc');
    let next = 0;
    const seedOne = async (): Promise<void> => {
      while (next < OPEN_TASKS) {
        const index = (next += 1);
        const created = await http(stack.baseUrl, 'POST', '/api/v1/applications', {
          headers: enterprise,
          body: { title: `Hồ sơ đo hiệu năng ${index}`, provinceCode: 'thanh-hoa', supportKind: 'improvement-tools', requestedAmountVnd: 100_000_000, sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong' },
        });
        await http(stack.baseUrl, 'POST', `/api/v1/applications/${created.body.id as string}/submit`, { headers: enterprise });
      }
    };
    const seeding = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, seedOne));
    const open = await eventually(
      async () => (await http<{ total: number }>(stack.baseUrl, 'GET', '/api/v1/tasks?pageSize=1', { headers: officer })).body.total,
      (total) => total >= OPEN_TASKS,
      { timeoutMs: 300_000, intervalMs: 500 },
    );
    process.stdout.write(`seeded ${open} open tasks in ${((Date.now() - seeding) / 1000).toFixed(1)} s\n`);

    const { page, context } = await newUserPage(browser, stack.baseUrl);
    await signInThroughPage(page, 'officer.tdc', DEMO_TEST_PASSWORD, '/tasks');
    const timings: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = Date.now();
      await page.goto('/tasks');
      // Usable: the first page of rows is shown and the pager counts every open task (all pages fetched).
      await page.locator('.ant-table-tbody tr.ant-table-row').nth(Math.min(open, 50) - 1).waitFor({ timeout: 120_000 });
      if (open > 50) await page.locator(`.ant-pagination-item[title="${Math.ceil(open / 50)}"]`).waitFor({ timeout: 120_000 });
      timings.push(Date.now() - started);
    }
    await context.close();
    const sorted = [...timings].sort((a, b) => a - b);
    process.stdout.write(`time to a usable inbox with ${open} open tasks (${RUNS} loads): median ${sorted[Math.floor(RUNS / 2)]} ms, worst ${sorted[RUNS - 1]} ms\n`);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
