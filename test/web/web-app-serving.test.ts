import { ensureWebBuilt } from '../harness/browser';
import { startTestStack, TestStack } from '../harness/test-stack';

/** The API process serves the web application at `/` and every page a notification links to. */
let stack: TestStack;
beforeAll(async () => {
  ensureWebBuilt();
  stack = await startTestStack();
}, 240_000);
afterAll(() => stack?.stop());

const asBrowser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

it('answers every page path a browser asks for with the application, and its scripts with JavaScript', async () => {
  for (const path of ['/', '/applications/6f1c7a52-0000-4000-8000-000000000001', '/tasks/6f1c7a52-0000-4000-8000-000000000002', '/pilot-models/x', '/councils/y', '/notifications', '/login?next=%2Ftasks']) {
    const response = await fetch(stack.baseUrl + path, { headers: asBrowser });
    expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: 200, type: expect.stringContaining('text/html') });
    const html = await response.text();
    expect(html).toContain('<div id="root"></div>');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(stack.baseUrl + script!);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
  }
});

it('keeps the API, the OpenAPI document and health answering as before, even to a browser', async () => {
  const unknown = await fetch(`${stack.baseUrl}/api/v1/no-such-route`, { headers: asBrowser });
  expect(unknown.status).toBe(404);
  expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  expect((await fetch(`${stack.baseUrl}/docs-json`, { headers: asBrowser })).headers.get('content-type')).toContain('application/json');
  expect((await fetch(`${stack.baseUrl}/health`)).headers.get('content-type')).toContain('application/json');
  // A client that does not ask for HTML keeps its 404 for an unknown path.
  expect((await fetch(`${stack.baseUrl}/no-such-page`, { headers: { accept: 'application/json' } })).status).toBe(404);
});
