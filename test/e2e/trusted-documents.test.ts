import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTrustedDocuments } from '../../src/app/trusted-documents';
import { startHub, TestHub } from '../support/hub';

const REGISTERED = '{ me { userId } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** With a manifest of registered operations, nothing else runs (issue 10). */
describe('trusted documents', () => {
  let hub: TestHub;
  let token: string;
  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'casehub-trusted-')), 'manifest.json');
    writeFileSync(path, JSON.stringify({ [sha256(REGISTERED)]: REGISTERED }));
    hub = await startHub({ app: { trustedDocuments: loadTrustedDocuments(path) } });
    token = await hub.token('SD-RIGA');
  });
  afterAll(async () => { await hub.close(); });

  const post = (body: unknown) => fetch(`${hub.url}/graphql`, { method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } })
    .then(async (res) => ({ status: res.status, body: await res.json() as { data?: unknown; errors?: { extensions: { code: string } }[] } }));

  it('runs a registered operation by its text or by its hash alone', async () => {
    expect(await post({ query: REGISTERED })).toMatchObject({ status: 200, body: { data: { me: { userId: 'sd-riga-case_worker' } } } });
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGISTERED) } } });
    expect(byHash).toMatchObject({ status: 200, body: { data: { me: { userId: 'sd-riga-case_worker' } } } });
    const get = await fetch(`${hub.url}/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1,
      sha256Hash: sha256(REGISTERED) } }))}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
  });

  it.each([
    ['another operation', { query: '{ me { agency { code } } }' }],
    ['the same operation written differently', { query: '{me{userId}}' }],
    ['an unknown hash', { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ cases { totalCount } }') } } }],
    ['a registered hash with other text', { query: '{ cases { totalCount } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGISTERED) } } }],
  ])('refuses %s with PERSISTED_QUERY_NOT_FOUND', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a manifest whose key is not the hash of its document', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'casehub-trusted-')), 'bad.json');
    writeFileSync(path, JSON.stringify({ [sha256('{ me { userId } }')]: '{ cases { totalCount } }' }));
    expect(() => loadTrustedDocuments(path)).toThrow(/not the SHA-256/);
  });
});
