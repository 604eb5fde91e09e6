import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestStack, TestStack } from '../harness/test-stack';

/** The web client's types, generated from the API's own OpenAPI document (`npm run web:api-types` rewrites them). */
const projectRoot = path.resolve(__dirname, '../..');
const TYPES_FILE = path.join(projectRoot, 'apps/web/src/api/schema.d.ts');

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

it('the web client types match the OpenAPI document the API serves', async () => {
  const response = await fetch(`${stack.baseUrl}/docs-json`);
  expect(response.status).toBe(200);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-api-types-'));
  const documentFile = path.join(workDir, 'openapi.json');
  const generatedFile = path.join(workDir, 'schema.d.ts');
  fs.writeFileSync(documentFile, JSON.stringify(await response.json()));
  // openapi-typescript is ES modules only: run its CLI rather than import it into Jest.
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/openapi-typescript/bin/cli.js'), documentFile, '--output', generatedFile], { stdio: 'pipe' });
  const generated = fs.readFileSync(generatedFile, 'utf8');
  fs.rmSync(workDir, { recursive: true, force: true });
  if (process.env.WRITE_WEB_API_TYPES === '1') fs.writeFileSync(TYPES_FILE, generated);
  const committed = fs.existsSync(TYPES_FILE) ? fs.readFileSync(TYPES_FILE, 'utf8') : '';
  // Stale: the API changed and `npm run web:api-types` was not run.
  expect(committed).toBe(generated);
});
