import { DataSource } from 'typeorm';
import { App, createApp } from '../../src/app/server';
import { ENTITIES } from '../../src/app/modules';
import { sharedSecretJwt } from '../../src/kernel/config';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { createLogger } from '../../src/kernel/logger';
import { UserRole } from '../../src/kernel/principal';
import { openCase, OpenedCase } from '../support/fixtures';
import { startHub, TEST_SECRET, TestHub } from '../support/hub';

/**
 * GET /metrics (Prometheus text): only with METRICS_TOKEN as the bearer token; the names operators
 * watch are there, the counts move with requests, and nothing in it names a person, a user or an
 * agency (only agency kinds).
 */
const METRICS_TOKEN = 'metrics-test-token-0123456789abcdefghij';

interface Sample { name: string; labels: Record<string, string>; value: number }

function parse(text: string): Sample[] {
  return text.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k, v]));
    return { name: m[1], labels, value: Number(m[3]) };
  });
}

/** The sum of a metric's samples whose labels include `labels`. */
function total(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

describe('GET /metrics', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let otherDb: DataSource;
  let other: App;
  let otherUrl: string;

  beforeAll(async () => {
    hub = await startHub({ app: { metricsToken: METRICS_TOKEN } });
    opened = await openCase(hub, 'RIGA');
    // a second instance in the same process, without a metrics token
    otherDb = await connectDatabase({ url: hub.appDatabaseUrl, poolSize: 2, entities: ENTITIES });
    other = await createApp({ db: otherDb, jwt: sharedSecretJwt(TEST_SECRET), log: createLogger('silent'), development: false });
    otherUrl = `http://127.0.0.1:${await other.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await other.close();
    await otherDb.destroy();
    await hub.close();
  });

  async function scrape(): Promise<{ text: string; samples: Sample[] }> {
    const res = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    return { text, samples: parse(text) };
  }

  it('is refused without the token, with a wrong one, and absent where no token is configured', async () => {
    const none = await fetch(`${hub.url}/metrics`);
    expect(none.status).toBe(401);
    expect(await none.text()).not.toContain('casehub_');
    const wrong = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN.slice(0, -1)}x` } });
    expect(wrong.status).toBe(401);
    // a GraphQL caller's token is not the metrics token
    const caller = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${await hub.token('SD-RIGA')}` } });
    expect(caller.status).toBe(401);
    expect((await fetch(`${otherUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);
  });

  it('names what operators watch', async () => {
    const { samples } = await scrape();
    const names = new Set(samples.map((s) => s.name));
    for (const name of ['casehub_requests_total', 'casehub_request_duration_seconds_bucket', 'casehub_request_duration_seconds_count',
      'casehub_db_pool_in_use', 'casehub_db_pool_idle', 'casehub_db_pool_waiting', 'casehub_audit_write_failures_total',
      'casehub_rate_limit_store_failures_total', 'casehub_rollup_refresh_lag_seconds', 'nodejs_eventloop_lag_seconds',
      'nodejs_eventloop_lag_p99_seconds', 'process_resident_memory_bytes']) {
      expect(names).toContain(name);
    }
    expect(total(samples, 'casehub_db_pool_waiting')).toBe(0);
  });

  it('counts requests by operation name, outcome and agency kind, their latency, and refusals by limit', async () => {
    const before = (await scrape()).samples;
    const worker = await hub.token('SD-RIGA');
    const read = await hub.gql(worker, 'query MetricsCases { cases(first: 5) { totalCount edges { node { id } } } }');
    expect(read.status).toBe(200);
    // another kind of agency, the same operation name
    await hub.gql(await hub.token('AC-RIGA-1'), 'query MetricsCases { cases(first: 1) { totalCount } }');
    // an operation name that could carry a personal code, and an anonymous one: both `other`
    await hub.gql(worker, `query Find${opened.personalCode.replace('-', '')} { cases(first: 1) { totalCount } }`);
    await hub.gql(worker, '{ cases(first: 1) { totalCount } }');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: totalCount`).join(' ');
    expect((await hub.gql(worker, `query MetricsAliases { cases(first: 1) { ${aliases} } }`)).errors[0].message).toMatch(/^Aliases limit/);
    expect((await hub.gql(null, 'query MetricsCases { __typename }')).status).toBe(401);
    const csv = await fetch(`${hub.url}/reports/regional.csv?from=2026-01-01&to=2026-01-31`,
      { headers: { authorization: `Bearer ${await hub.token('LM', UserRole.ANALYST)}` } });
    expect(csv.status).toBe(200);

    const after = (await scrape()).samples;
    const moved = (name: string, labels: Record<string, string>) => total(after, name, labels) - total(before, name, labels);
    expect(moved('casehub_requests_total', { route: '/graphql', operation: 'MetricsCases', code: 'OK', agency_kind: 'SOCIAL_SERVICE' })).toBe(1);
    expect(moved('casehub_requests_total', { operation: 'MetricsCases', agency_kind: 'SUPPORT_CENTRE' })).toBe(1);
    expect(moved('casehub_requests_total', { route: '/graphql', operation: 'other', code: 'OK', agency_kind: 'SOCIAL_SERVICE' })).toBe(2);
    expect(moved('casehub_requests_total', { operation: 'MetricsAliases', code: 'QUERY_TOO_COMPLEX' })).toBe(1);
    expect(moved('casehub_requests_refused_total', { code: 'QUERY_TOO_COMPLEX', limit: 'aliases' })).toBe(1);
    expect(moved('casehub_requests_total', { route: '/graphql', code: 'UNAUTHENTICATED', agency_kind: 'none' })).toBe(1);
    expect(moved('casehub_requests_total', { route: '/reports/regional.csv', operation: 'RegionalCsv', code: 'OK', agency_kind: 'OVERSIGHT' }))
      .toBe(1);
    // the unauthenticated request's document is never read: its operation is `other`
    expect(moved('casehub_request_duration_seconds_count', { route: '/graphql', operation: 'MetricsCases' })).toBe(2);
    expect(moved('casehub_request_duration_seconds_bucket', { route: '/graphql', operation: 'MetricsCases', le: '+Inf' })).toBe(2);
  });

  it('counts audit write failures (the answer withheld)', async () => {
    const before = total((await scrape()).samples, 'casehub_audit_write_failures_total');
    await hub.db.query('REVOKE INSERT ON audit_log FROM casehub_app');
    try {
      const res = await hub.gql(await hub.token('SD-RIGA'), 'query MetricsAudit { cases(first: 1) { edges { node { client { givenName } } } } }');
      expect(res.status).toBe(503);
      expect(res.errors[0].extensions?.code).toBe('AUDIT_UNAVAILABLE');
    } finally {
      await hub.db.query('GRANT INSERT ON audit_log TO casehub_app');
    }
    const { samples } = await scrape();
    expect(total(samples, 'casehub_audit_write_failures_total')).toBe(before + 1);
    expect(total(samples, 'casehub_requests_total', { operation: 'MetricsAudit', code: 'AUDIT_UNAVAILABLE' })).toBe(1);
  });

  it('reports the rollup refresh lag of its own instance, from the setter the main loop calls', async () => {
    const lag = async (app: App) => total(parse(await app.metrics.registry.metrics()), 'casehub_rollup_refresh_lag_seconds');
    await new Promise((r) => setTimeout(r, 50));
    expect(await lag(other)).toBeGreaterThan(0);
    other.metrics.rollupRefreshed(new Date(Date.now() - 30_000));
    expect(await lag(other)).toBeGreaterThanOrEqual(30);
    expect(await lag(other)).toBeLessThan(60);
    // instances keep their own registries: the other one counted none of the first one's requests
    expect(total(parse(await other.metrics.registry.metrics()), 'casehub_requests_total')).toBe(0);
  });

  it('carries no personal data, user or agency names, or tokens', async () => {
    const worker = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'metrics-user-janis' });
    const res = await hub.gql(worker, `query MetricsPerson($id: ID!) { case(id: $id) { client { personalCode givenName familyName phone address } } }`,
      { id: opened.id });
    expect(res.raw).toContain(opened.personalCode);
    const { text, samples } = await scrape();
    const [client] = await hub.db.query('SELECT personal_code, given_name, family_name, phone, address FROM client WHERE id = $1', [opened.clientId]);
    for (const value of [...Object.values(client as Record<string, string>), opened.personalCode.replace('-', ''), opened.id, opened.clientId,
      'metrics-user-janis', worker, 'SD-RIGA', 'AC-RIGA-1', 'Rīga', METRICS_TOKEN]) {
      expect(text).not.toContain(value);
    }
    // agency labels are kinds only
    const kinds = new Set(samples.flatMap((s) => (s.labels.agency_kind ? [s.labels.agency_kind] : [])));
    for (const kind of kinds) expect(['none', 'SOCIAL_SERVICE', 'ORPHAN_COURT', 'SUPPORT_CENTRE', 'INSTITUTION', 'SERVICE_PROVIDER',
      'ASSESSMENT_TEAM', 'OVERSIGHT']).toContain(kind);
  });
});
