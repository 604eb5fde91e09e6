import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { seedDemoAccountsInto } from './auth';

const projectRoot = path.resolve(__dirname, '../..');

/** Screenshots of every page the browser journeys visit (README names this folder). */
export const SCREENSHOT_DIR = path.join(projectRoot, 'docs', 'screenshots');

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

function newestMtime(directory: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds apps/web into dist/web unless the build there is newer than every source file (`npm test` builds it first). */
export function ensureWebBuilt(): void {
  const index = path.join(projectRoot, 'dist/web/index.html');
  const sources = Math.max(newestMtime(path.join(projectRoot, 'apps/web/src')), fs.statSync(path.join(projectRoot, 'apps/web/index.html')).mtimeMs);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });
}

/**
 * A headless Chromium: CHROMIUM_PATH if set, else the one the @sparticuz/chromium package ships
 * (an ES module, so asked from a child process; it unpacks the binary under the temp folder).
 */
export async function launchChromium(): Promise<Browser> {
  let executablePath = process.env.CHROMIUM_PATH;
  let args: string[] = ['--no-sandbox', '--no-zygote', '--disable-dev-shm-usage'];
  if (!executablePath) {
    const script = "import('@sparticuz/chromium').then(async ({ default: c }) => console.log(JSON.stringify({ path: await c.executablePath(), args: c.args })))";
    const answer = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: projectRoot, encoding: 'utf8' })) as { path: string; args: string[] };
    executablePath = answer.path;
    // One process per page keeps contexts apart; Playwright sets headless mode itself.
    args = answer.args.filter((arg) => arg !== '--single-process' && !arg.startsWith('--headless'));
  }
  return chromium.launch({ executablePath, args, headless: true });
}

export async function newUserPage(browser: Browser, baseUrl: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'vi-VN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/** Signs in through the login page; afterwards the page behind `path` is open. */
export async function signInThroughPage(page: Page, username: string, password: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('current-user').waitFor();
}

/** No serious or critical axe violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  // antd's Select keeps a zero-size listbox mirror for screen readers (the combobox itself is labelled); axe cannot name it.
  const results = await new AxeBuilder({ page }).exclude('.ant-select-dropdown [role="listbox"]').analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const summary = blocking.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Screenshot under docs/screenshots, at the desktop size and, for enterprise pages, the phone size too. */
export async function screenshot(page: Page, name: string, phone = false): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-1366x768.png`) });
  if (phone) {
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-390x844.png`) });
    await page.setViewportSize(DESKTOP);
  }
}

/** The accessibility check and the screenshots of one page of a journey. */
export async function checkPage(page: Page, name: string, phone = false): Promise<void> {
  await expectAccessible(page);
  if (phone) {
    await page.setViewportSize(PHONE);
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
  }
  await screenshot(page, name, phone);
}

/** The product's reference data (catalogues, departments, procedures) and the demo accounts, as `npm start` seeds them. */
export async function seedAsNpmStart(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    await seedReferenceData(dataSource);
  } finally {
    await dataSource.destroy();
  }
  await seedDemoAccountsInto(databaseUrl);
}
