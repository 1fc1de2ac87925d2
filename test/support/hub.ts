import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { UserRole } from '../../src/kernel/principal';
import { DevTokenRequest, signDevToken } from '../../src/app/auth/dev-token';
import { sharedSecretJwt } from '../../src/kernel/config';
import { ENTITIES } from '../../src/app/modules';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { localRoleUrls, OWNER_ROLE } from '../../src/kernel/db/roles';
import { createLogger, type Logger } from '../../src/kernel/logger';
import { App, createApp, RequestStats } from '../../src/app/server';

export const TEST_SECRET = 'casehub-test-secret';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  raw: string;
}

/** A hub running in-process on a database of its own, reached over real HTTP. */
export interface TestHub {
  url: string;
  /** The test file's own database, as the schema's owner (what a test sets up and inspects with). */
  databaseUrl: string;
  db: DataSource;
  /** The same database as the hub's serving role: what the hub itself may do. */
  appDatabaseUrl: string;
  /** What each GraphQL request cost, in order (SQL statements per request). */
  requests: RequestStats[];
  token(agency: string, role?: UserRole, extra?: Partial<DevTokenRequest>): Promise<string>;
  gql<T = Record<string, unknown>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.CASEHUB_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `log`: where the hub logs (silent unless CASEHUB_TEST_LOG names a level). */
export async function startHub(options: { log?: Logger } = {}): Promise<TestHub> {
  const name = `casehub_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.CASEHUB_TEST_TEMPLATE} OWNER ${OWNER_ROLE}`));
  const urls = localRoleUrls(process.env.CASEHUB_TEST_ADMIN_URL as string, name);
  const db = await connectDatabase({ url: urls.owner, poolSize: 3 });
  const appDb = await connectDatabase({ url: urls.app, poolSize: 5, entities: ENTITIES });
  const requests: RequestStats[] = [];
  const app: App = await createApp({
    db: appDb, jwt: sharedSecretJwt(TEST_SECRET),
    log: options.log ?? createLogger(process.env.CASEHUB_TEST_LOG ?? 'silent'), development: false, onRequestDone: (stats) => requests.push(stats),
  });
  const port = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    databaseUrl: urls.owner,
    db,
    appDatabaseUrl: urls.app,
    requests,
    token: (agency, role = UserRole.CASE_WORKER, extra = {}) =>
      signDevToken({ secret: TEST_SECRET, agencyCode: agency, role, ...extra }),
    async gql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const raw = await res.text();
      const body = JSON.parse(raw) as { data?: T; errors?: GqlResult['errors'] };
      return { status: res.status, data: body.data ?? null, errors: body.errors ?? [], raw };
    },
    async close() {
      await app.close();
      await appDb.destroy();
      await db.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
