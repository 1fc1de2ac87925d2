import { request } from 'node:http';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/kernel/logger';
import { startHub, TestHub } from '../support/hub';

const ALLOWED = 'https://case.example.lv';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A raw request (fetch refuses some methods and bodies), answered with status, headers and text. */
function raw(url: string, method: string, headers: Record<string, string> = {}, body?: string | Buffer):
  Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    // Node sends a DELETE's or OPTIONS's body without a length unless told: say it, or it runs into the next request
    const length: Record<string, string> = body !== undefined && !headers['transfer-encoding'] ? { 'content-length': String(Buffer.byteLength(body)) } : {};
    const req = request(url, { method, headers: { ...length, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the HTTP edge', () => {
  let hub: TestHub;
  let token: string;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    hub = await startHub({ log: createLogger('debug', sink), app: { corsOrigins: [ALLOWED] } });
    token = await hub.token('SD-RIGA');
  });
  afterAll(async () => { await hub.close(); });

  const ask = (init: RequestInit = {}) => fetch(`${hub.url}/graphql`, {
    method: 'POST', ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...init.headers },
    body: init.body ?? JSON.stringify({ query: '{ __typename }' }),
  });

  it('refuses a body over 1 MB with 413 JSON, and answers the next request', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
    const res = await ask({ body: big });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ errors: [{ message: 'Request body too large' }] });
    // the same, sent in chunks without a length: the hub stops at the limit
    const chunked = await raw(`${hub.url}/graphql`, 'POST',
      { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'transfer-encoding': 'chunked' }, big);
    expect(chunked.status).toBe(413);
    const after = await ask();
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps a body just under the limit', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(990_000) } });
    expect((await ask({ body })).status).toBe(200);
  });

  it('answers 400 JSON for a body that is not JSON, without echoing it', async () => {
    const res = await ask({ body: '{"query": "planted-170512' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'The request body is not JSON' }] });
    expect(text).not.toContain('planted');
  });

  it('answers a CORS preflight from an allowed origin', async () => {
    const res = await fetch(`${hub.url}/graphql`, { method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    // and the actual request from that origin may be read by it, the request id included
    const actual = await ask({ headers: { origin: ALLOWED } });
    expect(actual.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(actual.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });

  it('gives no CORS headers to another origin', async () => {
    const res = await fetch(`${hub.url}/graphql`, { method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
    expect(res.status).toBe(405);
    const actual = await ask({ headers: { origin: 'https://evil.example' } });
    expect(actual.status).toBe(200);
    expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    // nor to a look-alike of the allowed one
    const lookAlike = await fetch(`${hub.url}/graphql`, { method: 'OPTIONS',
      headers: { origin: `${ALLOWED}.evil.example`, 'access-control-request-method': 'POST' } });
    expect(lookAlike.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight for a GET query with Apollo\'s CSRF header and the correlation id, cached for 10 minutes', async () => {
    const res = await fetch(`${hub.url}/graphql`, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization, apollo-require-preflight, x-request-id' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-methods')?.split(',').map((m) => m.trim())).toEqual(['GET', 'POST']);
    expect(res.headers.get('access-control-allow-headers')?.split(',').map((h) => h.trim())).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight']));
    expect(res.headers.get('access-control-max-age')).toBe('600');
    // caches keep the answers of different origins apart
    expect(res.headers.get('vary')?.toLowerCase()).toContain('origin');
    // the GET itself, from that origin, runs and may be read by it
    const get = await fetch(`${hub.url}/graphql?query=${encodeURIComponent('{ __typename }')}`,
      { headers: { origin: ALLOWED, authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('sets security headers on JSON and error answers', async () => {
    for (const res of [await ask(), await fetch(`${hub.url}/healthz`), await fetch(`${hub.url}/nowhere`)]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers 404 for a path it does not serve and 405 for another method on /graphql, as JSON', async () => {
    const missing = await fetch(`${hub.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Not found' });
    // a POST to an unknown path is refused without its body being read or parsed
    expect((await raw(`${hub.url}/nowhere`, 'POST', { 'content-type': 'application/json' }, 'not json')).status).toBe(404);
    expect((await raw(`${hub.url}/healthz`, 'POST')).status).toBe(404);
    expect((await raw(`${hub.url}/healthz`, 'HEAD')).status).toBe(404);
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await raw(`${hub.url}/graphql`, method, { 'content-type': 'application/json' }, 'not json');
      expect([method, res.status]).toEqual([method, 405]);
      expect(JSON.parse(res.text)).toEqual({ error: 'Method not allowed' });
    }
    expect((await raw(`${hub.url}/graphql`, 'HEAD')).status).toBe(405);
    // a method Fastify routes nowhere
    expect((await raw(`${hub.url}/graphql`, 'PROPFIND')).status).toBe(405);
    expect((await raw(`${hub.url}/nowhere`, 'PROPFIND')).status).toBe(404);
  });

  it('answers 401 with a Bearer challenge before reading the body', async () => {
    const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(await res.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
    // unauthenticated with an oversized body: still 401, the body is not what is judged
    const big = await raw(`${hub.url}/graphql`, 'POST', { 'content-type': 'application/json' }, 'x'.repeat(1_100_000));
    expect(big.status).toBe(401);
  });

  it('names every answer with its own request id; a client UUID is kept apart, anything else ignored', async () => {
    const plain = await ask();
    const id = plain.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    const chosen = await ask({ headers: { 'x-request-id': 'planted-321655' } });
    expect(chosen.headers.get('x-request-id')).toMatch(UUID);
    expect(chosen.headers.get('x-request-id')).not.toBe(id);
    const client = '0b8e2a4c-3f1d-4c59-9a7e-2d1c0e9f8a11';
    const correlated = await ask({ headers: { 'x-request-id': client } });
    expect(correlated.headers.get('x-request-id')).not.toBe(client);
    expect(correlated.headers.get('x-request-id')).toMatch(UUID);
    // one line per GraphQL request, with both ids; nothing the client wrote freely
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'graphql request');
    expect(logged.find((l) => l.requestId === correlated.headers.get('x-request-id'))).toMatchObject({ clientRequestId: client,
      status: 200, agency: 'SD-RIGA', statements: expect.any(Number), ms: expect.any(Number) });
    expect(logged.find((l) => l.requestId === chosen.headers.get('x-request-id'))).toMatchObject({ clientRequestId: null });
    expect(lines.join('')).not.toContain('planted');
    expect(lines.join('')).not.toContain(token);
    expect(lines.join('').toLowerCase()).not.toContain('authorization');
  });

  it('logs no query string, header or body', async () => {
    await fetch(`${hub.url}/graphql?query=%7B__typename%7D&planted=170512`, { headers: { authorization: `Bearer ${token}`, 'user-agent': 'planted-agent' } });
    await fetch(`${hub.url}/reports/regional.csv?from=planted-170512`, { headers: { authorization: `Bearer ${token}` } });
    await fetch(`${hub.url}/nowhere?planted=170512`);
    const text = lines.join('');
    expect(text).toContain('report download');
    expect(text).not.toContain('170512');
    expect(text).not.toContain('planted');
  });
});
