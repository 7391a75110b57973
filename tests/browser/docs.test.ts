import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { mkdir } from 'node:fs/promises';

let server: TestServer;
let chromium: LaunchedBrowser;

beforeAll(async () => {
  server = await startTestServer([], { chainRpcUrl: inject('chain').rpcUrl });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the API docs page', () => {
  it('renders the OpenAPI document with every request served by our own process', async () => {
    const page = await chromium.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${server.url}/docs`);
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 20_000 });
    const title = await page.locator('.swagger-ui .info .title').innerText();
    expect(title).toContain('Ayni API');
    await expect.poll(() => page.locator('.opblock').count()).toBeGreaterThan(0);
    const foreign = requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requested).toContain(`${server.url}/openapi.json`);
    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/docs.png', fullPage: false });
    await page.close();
  });
});
