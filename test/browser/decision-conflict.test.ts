import type { Browser } from 'playwright-core';
import { DEMO_TEST_PASSWORD, loginAs } from '../harness/auth';
import { ensureWebBuilt, launchChromium, newUserPage, seedAsNpmStart, signInThroughPage } from '../harness/browser';
import { CaseDriver } from '../harness/case-driver';
import { startTestStack, TestStack } from '../harness/test-stack';

/** "Someone decided first": the officer's click answers 409; the page says so in Vietnamese and shows the task as it is now. */
let stack: TestStack;
let browser: Browser;
let driver: CaseDriver;
const headers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  ensureWebBuilt();
  stack = await startTestStack();
  await seedAsNpmStart(stack.database.url);
  for (const username of ['enterprise.a', 'officer.tdc', 'manager']) headers[username] = await loginAs(stack.baseUrl, username);
  driver = new CaseDriver(stack, headers);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('explains that someone decided first and reloads the task, keeping nothing stale on screen', async () => {
  const title = 'Áp dụng Lean tại xưởng cơ khí';
  const draft = await driver.call('enterprise.a', 'POST', '/applications', { title, provinceCode: 'thanh-hoa', supportKind: 'management-systems', requestedAmountVnd: 200_000_000, sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong' });
  const id = draft.body.id as string;
  expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(200);
  const atIntake = await driver.awaitStep(id, 'intake');
  const taskId = (atIntake.currentTask as { id: string }).id;

  const officer = await newUserPage(browser, stack.baseUrl);
  try {
    const page = officer.page;
    await signInThroughPage(page, 'officer.tdc', DEMO_TEST_PASSWORD, `/tasks/${taskId}`);
    await page.locator('[data-outcome="accept"]').waitFor();
    // Meanwhile the same decision arrives from another session.
    expect((await driver.call('officer.tdc', 'POST', `/tasks/${taskId}/decision`, { outcome: 'accept' })).status).toBe(200);
    await page.locator('[data-outcome="accept"]').click();
    // Reloaded: the task is no longer open, and the explanation stays (with the API's own detail).
    await page.getByText('Việc này không còn mở').waitFor();
    await page.locator('.ant-alert-error').filter({ hasText: 'Người khác đã quyết định việc này trước bạn' }).filter({ hasText: 'Bước này đã kết thúc.' }).waitFor();
  } finally {
    await officer.context.close();
  }
}, 300_000);
