import * as os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { DEMO_TEST_PASSWORD, loginAs } from '../harness/auth';
import { checkPage, ensureWebBuilt, launchChromium, newUserPage, seedAsNpmStart, signInThroughPage } from '../harness/browser';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';

/**
 * Journey A in a real headless Chromium against the real stack: the enterprise proposes, uploads a
 * PDF and submits; the intake officer asks for a supplement; the enterprise sees the request with its
 * date and answers; the officer accepts; the case page shows the next step and its due date.
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const TITLE = 'Áp dụng ISO 9001 và 5S tại xưởng chế biến nông sản';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  stack = await startTestStack();
  await seedAsNpmStart(stack.database.url);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

function dd_mm_yyyy(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

async function application(id: string): Promise<{ currentStep: string | null; currentTask: { dueDate: string | null } | null }> {
  const response = await http<{ currentStep: string | null; currentTask: { dueDate: string | null } | null }>(stack.baseUrl, 'GET', `/api/v1/applications/${id}`, { headers: await loginAs(stack.baseUrl, 'enterprise.a') });
  return response.body;
}

async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.locator('.ant-select').filter({ has: page.getByLabel(label) }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

async function openTaskFromInbox(page: Page): Promise<void> {
  await page.goto('/tasks');
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: /Xử lý/ }).waitFor();
}

it('runs a proposal through a supplement request to the next step, page by page, accessible on desktop and phone', async () => {
  const enterprise = await newUserPage(browser, stack.baseUrl);
  const officer = await newUserPage(browser, stack.baseUrl);
  const e = enterprise.page;
  const o = officer.page;
  try {

  // The enterprise signs in and sees "Hồ sơ của tôi".
  await signInThroughPage(e, 'enterprise.a', DEMO_TEST_PASSWORD);
  await e.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }).waitFor();
  await checkPage(e, 'a01-enterprise-my-cases', true);

  // A new proposal.
  await e.getByRole('link', { name: 'Tạo đề xuất mới' }).click();
  await e.getByRole('heading', { level: 1, name: 'Đề xuất nhiệm vụ mới' }).waitFor();
  await e.getByLabel('Tên nhiệm vụ đề xuất').fill(TITLE);
  await chooseOption(e, 'Nội dung hỗ trợ', /./);
  await e.getByLabel('Kinh phí đề nghị hỗ trợ (VND)').fill('1500000000');
  await chooseOption(e, 'Đơn vị đề xuất đặt hàng', /Công Thương/);
  await checkPage(e, 'a02-enterprise-new-proposal', true);
  await e.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await e.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  const caseId = new URL(e.url()).pathname.split('/').pop()!;
  // The amount shows in VND as Vietnamese readers write it.
  await e.getByText('1.500.000.000 ₫').waitFor();

  // A PDF by drag-and-drop (the file input behind it), with the upload shown at the file.
  await e.locator('input[type=file]').setInputFiles({ name: 'thuyet-minh.pdf', mimeType: 'application/pdf', buffer: PDF });
  await e.getByRole('cell', { name: 'thuyet-minh.pdf', exact: true }).waitFor();
  // A file of a refused type is explained at the file, in Vietnamese.
  await e.locator('input[type=file]').setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await e.getByRole('alert').filter({ hasText: 'ghi-chu.txt không thuộc loại được chấp nhận' }).waitFor();
  await checkPage(e, 'a03-enterprise-draft-case', true);
  await e.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await e.getByTestId('current-step-due').waitFor();
  expect((await application(caseId)).currentStep).toBe('intake');

  // The intake officer finds it in the inbox and asks for a supplement; the comment is required.
  await signInThroughPage(o, 'officer.tdc', DEMO_TEST_PASSWORD);
  await o.goto('/tasks');
  await o.getByRole('heading', { level: 1, name: 'Hộp việc' }).waitFor();
  await o.getByRole('link', { name: TITLE }).waitFor();
  await checkPage(o, 'a04-officer-inbox');
  await openTaskFromInbox(o);
  await o.getByRole('cell', { name: 'thuyet-minh.pdf', exact: true }).waitFor();
  await checkPage(o, 'a05-officer-task');
  await o.locator('[data-outcome="request-supplement"]').click();
  await o.getByText('Bước này yêu cầu ghi ý kiến').first().waitFor();
  await o.getByLabel('Ý kiến').fill('Đề nghị bổ sung báo cáo tài chính năm 2025.');
  await o.locator('[data-outcome="request-supplement"]').click();
  await o.getByText('Việc này không còn mở').waitFor();

  // The enterprise sees the request with its date, and answers with a document.
  await waitForStep(caseId, 'supplement');
  const supplementDue = (await application(caseId)).currentTask!.dueDate!;
  await e.goto(`/applications/${caseId}`);
  const request = e.getByTestId('supplement-request');
  await request.getByText('Đề nghị bổ sung báo cáo tài chính năm 2025.').waitFor();
  await request.getByText(`Hạn bổ sung: ${dd_mm_yyyy(supplementDue)}`).waitFor();
  await checkPage(e, 'a06-enterprise-supplement-requested', true);
  await e.locator('input[type=file]').setInputFiles({ name: 'bao-cao-tai-chinh.pdf', mimeType: 'application/pdf', buffer: PDF });
  await e.getByRole('cell', { name: 'bao-cao-tai-chinh.pdf', exact: true }).waitFor();
  await e.getByLabel('Nội dung giải trình bổ sung').fill('Đã bổ sung báo cáo tài chính.');
  await e.getByRole('button', { name: 'Nộp hồ sơ bổ sung' }).click();
  await waitForStep(caseId, 'intake');

  // The officer accepts.
  await openTaskFromInbox(o);
  await o.locator('[data-outcome="accept"]').click();
  await o.getByText('Việc này không còn mở').waitFor();
  await waitForStep(caseId, 'endorsement');

  // The case page shows the next step and until when.
  const next = await application(caseId);
  await e.goto(`/applications/${caseId}`);
  await e.getByTestId('current-step-due').filter({ hasText: dd_mm_yyyy(next.currentTask!.dueDate!) }).waitFor();
  await e.locator('.ant-steps-item-process').getByText('Đơn vị đề xuất đặt hàng xác nhận').waitFor();
  await checkPage(e, 'a07-enterprise-next-step', true);

  // One page in English.
  await e.locator('.ant-segmented-item').filter({ hasText: 'EN' }).click();
  await e.getByRole('heading', { name: 'Procedure' }).waitFor();
  await e.getByText('Endorsement by the sponsoring department').first().waitFor();
  await checkPage(e, 'a08-enterprise-case-english');
  await e.locator('.ant-segmented-item').filter({ hasText: 'VI' }).click();

  // The bell shows the unread count; opening a notification marks it read and opens its page.
  const bell = e.getByRole('button', { name: /^Thông báo: \d+ thông báo chưa đọc$/ });
  const unreadBefore = Number(/(\d+) thông báo chưa đọc/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
  expect(unreadBefore).toBeGreaterThan(0);
  await bell.click();
  await e.getByTestId('notification-title').first().click();
  await e.getByRole('button', { name: `Thông báo: ${unreadBefore - 1} thông báo chưa đọc` }).waitFor();
  expect(await e.getByText('Không tìm thấy trang này.').count()).toBe(0);

  // Every notification link of the journey opens a page, not a 404.
  for (const [page, username] of [[e, 'enterprise.a'], [o, 'officer.tdc']] as const) {
    const notifications = await http<{ items: { link: string | null }[] }>(stack.baseUrl, 'GET', '/api/v1/notifications?pageSize=100', { headers: await loginAs(stack.baseUrl, username) });
    for (const { link } of notifications.body.items) {
      if (!link) continue;
      const url = new URL(link);
      await page.goto(url.pathname);
      await page.getByTestId('current-user').waitFor();
      expect(await page.getByText('Không tìm thấy trang này.').count()).toBe(0);
    }
  }
  } catch (error) {
    // What each user saw when the journey stopped.
    await e.screenshot({ path: `${os.tmpdir()}/journey-a-enterprise-failure.png`, fullPage: true }).catch(() => undefined);
    await o.screenshot({ path: `${os.tmpdir()}/journey-a-officer-failure.png`, fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await enterprise.context.close();
    await officer.context.close();
  }
}, 600_000);

/** Polls the API (bounded) until the workflow has moved the case to `step`. */
async function waitForStep(caseId: string, step: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const current = (await application(caseId)).currentStep;
    if (current === step) return;
    if (Date.now() > deadline) throw new Error(`case ${caseId} stayed at ${current}, expected ${step}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
