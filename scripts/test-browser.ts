/**
 * `npm run test:browser`: the development IDE in a real browser, with no network beyond the hub.
 *
 * Starts the hub as `npm start` does (NODE_ENV=development, the built-in development secret, an
 * embedded PostgreSQL with demo data, here in a fresh temporary data directory), opens
 * http://127.0.0.1:<port>/graphql in headless Chromium from the OS package (`/usr/bin/chromium`, or
 * CHROMIUM_PATH) driven by playwright-core, runs the first example tab, compares the answer it shows
 * with the API's own, and takes a screenshot (test-results/ide.png). Any request for another host,
 * any console error (a Content-Security-Policy refusal among them) or page error fails the check.
 * The hub and its postgres are stopped whatever happens. Not part of `npm test`: jest runs
 * test/**\/*.test.ts only.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { EXAMPLE_QUERIES } from '../src/app/ide/examples';
import { postgresUnder, spawnHub, type SpawnedHub } from '../test/support/spawned-hub';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 800 };
const SCREENSHOT = join('test-results', 'ide.png');
/** Enough demo cases for a first page of the example's list; a small seed keeps the start quick. */
const DEMO_CASES = '120';
/** The example the check runs: the first tab, a read every case worker may make. */
const EXAMPLE = EXAMPLE_QUERIES[0];

const passed: string[] = [];
function check(condition: boolean, what: string, detail = ''): void {
  if (!condition) throw new Error(`${what}${detail ? `: ${detail}` : ''}`);
  passed.push(what);
  console.log(`  ✓ ${what}`);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } | null {
  const png = readFileSync(file);
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function inBrowser(hub: SpawnedHub, browser: Browser): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page: Page = await context.newPage();
  const elsewhere: string[] = [];
  const problems: string[] = [];
  // every request the page makes: the hub's own pass, anything else (a CDN) is refused and counted
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === hub.url) return route.continue();
    elsewhere.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
    else if (message.type() === 'warning') console.log(`  (browser warning: ${message.text()})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  // GraphiQL asks for the schema first, with the token of the field (its editor completes and checks against it)
  const introspection = page.waitForResponse((r) => r.url() === `${hub.url}/graphql` && r.request().method() === 'POST'
    && (r.request().postData() ?? '').includes('__schema'), { timeout: 30_000 });
  const response = await page.goto(`${hub.url}/graphql`, { waitUntil: 'load' });
  check(response?.status() === 200 && (response.headers()['content-type'] ?? '').startsWith('text/html'),
    'GET /graphql from a browser answers the IDE page', `${response?.status()} ${response?.headers()['content-type']}`);
  const rendered = await page.locator('.graphiql-container').waitFor({ timeout: 30_000 }).then(() => true, () => false);
  check(rendered, 'GraphiQL renders from the hub\'s own files', problems.join('\n'));

  const token = await page.inputValue('#ide-token');
  check(token.split('.').length === 3, 'the bearer token field is prefilled with a demo token');

  const tabs = (await page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim());
  const names = EXAMPLE_QUERIES.map((e) => /^(?:query|mutation) (\w+)/.exec(e.query)?.[1] ?? '(unnamed)');
  check(names.every((name) => tabs.some((tab) => tab.includes(name))), 'the README\'s examples are the saved tabs', tabs.join(' | '));

  const schema = await introspection;
  const introspected = await schema.json().catch(() => null) as { data?: { __schema?: unknown } } | null;
  check(schema.status() === 200 && !!introspected?.data?.__schema, 'GraphiQL loads the schema with the demo token', String(schema.status()));

  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response');
  await result.getByText('"totalCount"').waitFor({ timeout: 30_000 });
  const shown = await result.innerText();
  check(!shown.includes('"errors"'), 'the example runs without errors', shown.slice(0, 500));

  // the same request straight to the API, with the page's token: the IDE shows what the hub answers
  const direct = await fetch(`${hub.url}/graphql`, { method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: EXAMPLE.query }) });
  const body = await direct.json() as { data?: { cases?: { totalCount: number; edges: { node: { id: string } }[] } } };
  const expected = body.data?.cases;
  const total = /"totalCount":\s*(\d+)/.exec(shown)?.[1];
  check(expected !== undefined && expected.totalCount > 0 && Number(total) === expected.totalCount,
    'the answer shown is the API\'s (the case count of SD-RIGA)', `shown ${total}, API ${expected?.totalCount}`);
  check(expected !== undefined && shown.includes(expected.edges[0].node.id), 'the answer shows the first case\'s id');

  // GraphiQL's dialogs add a <style> element: admitted by the page's nonce, no CSP refusal
  await page.getByLabel('Open settings dialog').first().click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  mkdirSync('test-results', { recursive: true });
  rmSync(SCREENSHOT, { force: true });
  await page.screenshot({ path: SCREENSHOT });
  const size = existsSync(SCREENSHOT) ? pngSize(SCREENSHOT) : null;
  check(size?.width === VIEWPORT.width && size.height === VIEWPORT.height && statSync(SCREENSHOT).size > 20_000,
    `a screenshot of the IDE with the answer (${SCREENSHOT})`, `${JSON.stringify(size)}, ${existsSync(SCREENSHOT) ? statSync(SCREENSHOT).size : 0} bytes`);

  check(elsewhere.length === 0, 'nothing is loaded from anywhere but the hub', elsewhere.join(', '));
  check(problems.length === 0, 'no console error, page error or Content-Security-Policy refusal', problems.join('\n'));
  await context.close();
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install the OS package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'casehub-browser-'));
  let hub: SpawnedHub | undefined;
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    if (hub && hub.process.exitCode === null && hub.process.signalCode === null) {
      // SIGTERM, as a process manager sends it: the hub stops its postgres itself
      hub.process.kill('SIGTERM');
      const stopped = await Promise.race([hub.exited().then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 30_000))]);
      if (!stopped) process.kill(-(hub.process.pid as number), 'SIGKILL');
    }
    const left = postgresUnder(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
    if (left.length) throw new Error(`postgres left running: ${left.join('; ')}`);
  };
  // Ctrl-C reaches this process only (the hub has its own process group): stop the hub before leaving
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }

  try {
    console.log('starting the hub in development (embedded PostgreSQL, demo data)…');
    hub = await spawnHub({ NODE_ENV: 'development', CASEHUB_DATA_DIR: dataDir, DEMO_CASES, JWT_SECRET: '', LOG_LEVEL: 'warn' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // no sandbox as root; nothing of Chromium's own reaches for the network (this machine has none)
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    console.log(`browser check of ${hub.url}/graphql in Chromium ${browser.version()}`);
    await inBrowser(hub, browser);
  } finally {
    await cleanUp();
  }
  console.log(`browser: ${passed.length} passed, 0 failed`);
}

main().catch((error: unknown) => {
  console.error(`browser check failed: ${error instanceof Error ? error.message : String(error)}`);
  console.log(`browser: ${passed.length} passed, 1 failed`);
  process.exit(1);
});
