import { decodeJwt } from 'jose';
import { DEV_JWT_SECRET, sharedSecretJwt } from '../../src/kernel/config';
import { UserRole } from '../../src/kernel/principal';
import { exampleTabs, IDE_ASSET_PATH } from '../../src/app/ide/ide';
import { startHub, TestHub } from '../support/hub';

/** What Chromium sends when a person opens a URL. */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

const open = (hub: TestHub, path = '/graphql', headers: Record<string, string> = {}) =>
  fetch(`${hub.url}${path}`, { headers: { accept: BROWSER, ...headers } });

interface IdeConfig { endpoint: string; styleNonce: string; tabs: { query: string; variables?: string }[] }

function configOf(html: string): IdeConfig {
  const block = /<script id="ide-config" type="application\/json">([^<]*)<\/script>/.exec(html);
  if (!block) throw new Error('no IDE configuration in the page');
  return JSON.parse(block[1]) as IdeConfig;
}

const tokenFieldOf = (html: string) => /<input id="ide-token"[^>]*\svalue="([^"]*)"/.exec(html)?.[1];

describe('the development IDE at GET /graphql', () => {
  let hub: TestHub;
  let token: string;
  beforeAll(async () => {
    // a development hub on a secret of its own (not the published development secret)
    hub = await startHub({ app: { development: true, introspection: true } });
    token = await hub.token('SD-RIGA');
  });
  afterAll(async () => { await hub.close(); });

  it('answers a browser with the IDE page, before asking for a token', async () => {
    const res = await open(hub);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<title>casehub GraphQL IDE</title>');
    expect(html).toContain('<input id="ide-token"');
  });

  it('loads only the hub\'s own files: no script or stylesheet from another origin, no inline script', async () => {
    const html = await (await open(hub)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    const links = [...html.matchAll(/<link\b([^>]*)>/g)].map((m) => m[1]);
    const sources = [...scripts, ...links].map((attrs) => /(?:src|href)="([^"]*)"/.exec(attrs)?.[1]).filter((u): u is string => !!u);
    expect(sources.length).toBeGreaterThanOrEqual(6);
    for (const source of sources) expect(source).toMatch(new RegExp(`^(${IDE_ASSET_PATH}/[\\w.-]+|data:,)$`));
    expect(html).not.toMatch(/https?:\/\//);
    // every script is a file of the hub's, or the JSON data block of the page's settings (never run)
    for (const attrs of scripts) expect(attrs).toMatch(/src="|type="application\/json"/);
  });

  it('keeps a strict Content-Security-Policy: scripts and styles from itself, one style nonce per page', async () => {
    const first = await open(hub);
    const policy = first.headers.get('content-security-policy') ?? '';
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    const { styleNonce } = configOf(await first.text());
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'", `'nonce-${styleNonce}'`]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-');
    const second = await open(hub);
    expect(configOf(await second.text()).styleNonce).not.toBe(styleNonce);
  });

  it('serves its files with their content types, and nothing else under its path', async () => {
    const html = await (await open(hub)).text();
    const files = [...html.matchAll(new RegExp(`"(${IDE_ASSET_PATH}/[\\w.-]+)"`, 'g'))].map((m) => m[1]);
    expect(files.map((f) => f.split('/').pop())).toEqual(expect.arrayContaining(
      ['graphiql.min.css', 'ide.css', 'react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'ide.js']));
    for (const file of files) {
      const res = await fetch(`${hub.url}${file}`);
      expect([file, res.status]).toEqual([file, 200]);
      expect(res.headers.get('content-type')).toBe(file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
    for (const path of ['/graphql/ide/package.json', '/graphql/ide/..%2Fpackage.json', '/graphql/ide/%2e%2e%2fide.ts', '/graphql/ide/']) {
      expect([path, (await fetch(`${hub.url}${path}`)).status]).toEqual([path, 404]);
    }
  });

  it('opens the README\'s examples as its tabs and asks /graphql', async () => {
    const config = configOf(await (await open(hub)).text());
    expect(config.endpoint).toBe('/graphql');
    expect(config.tabs).toEqual(exampleTabs());
    expect(config.tabs.map((t) => /(?:query|mutation) (\w+)/.exec(t.query)?.[1])).toEqual(['MyCases', 'CaseOverview', 'RecordHomeVisit']);
  });

  it('prefills no token when the hub runs on a secret of its own', async () => {
    expect(tokenFieldOf(await (await open(hub)).text())).toBe('');
  });

  it('still runs a GET with ?query= as a GraphQL request, whatever the Accept header', async () => {
    const res = await open(hub, `/graphql?query=${encodeURIComponent('{ __typename }')}`,
      { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    // and without a token it is refused, not answered with the page
    const anonymous = await open(hub, `/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(anonymous.status).toBe(401);
  });

  it('answers API clients as before: no page for JSON, curl\'s */*, or a POST', async () => {
    for (const accept of ['application/json', '*/*']) {
      const res = await fetch(`${hub.url}/graphql`, { headers: { accept } });
      expect([accept, res.status]).toEqual([accept, 401]);
      expect(res.headers.get('content-type')).toContain('application/json');
    }
    const post = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { accept: BROWSER, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }) });
    expect(post.status).toBe(401);
  });

  it('does not count the page as a GraphQL request', async () => {
    const before = hub.requests.length;
    await open(hub);
    expect(hub.requests.length).toBe(before);
  });
});

describe('the IDE of a development hub on the published development secret', () => {
  let hub: TestHub;
  beforeAll(async () => {
    // a JWT_MAX_TTL shorter than the demo token's usual 8 h: the page's token must still be accepted
    hub = await startHub({ app: { development: true, jwt: { ...sharedSecretJwt(DEV_JWT_SECRET), maxTtlSeconds: 1800 } } });
  });
  afterAll(async () => { await hub.close(); });

  it('prefills a fresh demo token of SD-RIGA\'s case worker, which the hub accepts', async () => {
    const html = await (await open(hub)).text();
    const demo = tokenFieldOf(html) ?? '';
    const claims = decodeJwt(demo);
    expect(claims).toMatchObject({ agency: 'SD-RIGA', role: 'CASE_WORKER', purpose_of_use: 'CASE_WORK' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(1800);
    const res = await fetch(`${hub.url}/graphql`, { method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demo}` }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('a production hub (development: false)', () => {
  let hub: TestHub;
  let token: string;
  beforeAll(async () => {
    // even on the development secret: only development mode serves the IDE
    hub = await startHub({ app: { development: false, jwt: sharedSecretJwt(DEV_JWT_SECRET) } });
    token = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { secret: DEV_JWT_SECRET });
  });
  afterAll(async () => { await hub.close(); });

  it('answers a browser as before: 401, no page, no IDE files', async () => {
    const res = await open(hub);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).not.toContain('<html');
    expect((await fetch(`${hub.url}${IDE_ASSET_PATH}/graphiql.min.js`)).status).toBe(404);
    expect((await fetch(`${hub.url}${IDE_ASSET_PATH}/ide.js`)).status).toBe(404);
  });

  it('serves no landing page to a caller with a token either (Apollo\'s would load from a CDN)', async () => {
    const page = await open(hub, '/graphql', { authorization: `Bearer ${token}` });
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toContain('application/json');
    expect(await page.text()).not.toContain('<html');
    const query = await open(hub, `/graphql?query=${encodeURIComponent('{ __typename }')}`,
      { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
