import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { DataSource } from 'typeorm';
import type { Principal } from '../kernel/principal';
import { authenticate, AuthenticationError } from './auth/authenticate';
import { TokenVerifier } from './auth/verify';
import { JwtConfig } from '../kernel/config';
import { countQueries, QueryCount } from '../kernel/db/query-counter';
import type { RequestContext, RequestIds } from '../kernel/context';
import { checkModules, createRequestContext } from './context';
import { formatError } from '../kernel/errors';
import { buildBareSchema, buildServedSchema } from './schema';
import { CSV_QUERY, summaryToCsv } from '../reporting';
import type { RegionalSummary } from '../reporting';
import { errorForLog, type Logger } from '../kernel/logger';
import { requestGuards } from './request-guards';

export interface AppOptions {
  db: DataSource;
  jwt: JwtConfig;
  log: Logger;
  /** Development mode keeps error details (never in production). */
  development: boolean;
  /** Called after each GraphQL request with what it cost (benchmarks and the N+1 tests read it). */
  onRequestDone?: (stats: RequestStats) => void;
  /**
   * Only `npm run bench` turns this off, to measure what the permission layer costs; no
   * configuration reaches it.
   */
  withoutPermissionsForBenchmark?: boolean;
  /** Aggregates suppress counts below this (default and minimum 5). */
  suppressionThreshold?: number;
}

export interface RequestStats {
  requestId: string;
  status: number;
  statements: number;
  ms: number;
}

export interface App {
  server: Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'Request body too large'));
        req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A client's correlation id (`X-Request-Id`), kept only when it is a UUID: nothing a client writes freely reaches logs or audit. */
function clientRequestIdOf(req: IncomingMessage): string | null {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' && UUID.test(sent) ? sent.toLowerCase() : null;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** The HTTP face of the hub: POST/GET /graphql, GET /healthz. */
export async function createApp(options: AppOptions): Promise<App> {
  const { db, jwt, log, development, onRequestDone, withoutPermissionsForBenchmark } = options;
  const settings = { suppressionThreshold: Math.max(options.suppressionThreshold ?? 5, 5) };
  checkModules();
  const verifier = new TokenVerifier(jwt);
  const apollo = new ApolloServer<RequestContext>({
    schema: withoutPermissionsForBenchmark ? await buildBareSchema() : await buildServedSchema(),
    formatError: (formatted) => formatError(formatted, development),
    includeStacktraceInErrorResponses: development,
    introspection: true,
    plugins: [requestGuards, {
      // unexpected failures are logged (message only: no variables, no data); clients get a generic error
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, contextValue }) {
            for (const error of errors) {
              if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
                contextValue.log.error({ err: errorForLog(error.originalError ?? error), path: error.path }, 'resolver failed');
              }
            }
          },
        };
      },
    }],
  });
  await apollo.start();

  async function health(res: ServerResponse): Promise<void> {
    try {
      await db.query('SELECT 1');
      sendJson(res, 200, { status: 'ok', database: 'up' });
    } catch {
      sendJson(res, 503, { status: 'unavailable', database: 'down' });
    }
  }

  /** The caller, or null after answering 401 (no token, bad or expired token, unknown agency). */
  async function principalOf(req: IncomingMessage, res: ServerResponse): Promise<Principal | null> {
    try {
      return await authenticate(req.headers.authorization, verifier, db);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      sendJson(res, 401, { errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] },
        { 'www-authenticate': 'Bearer' });
      return null;
    }
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, ids: RequestIds, counter: QueryCount) {
    const { requestId } = ids;
    const requestLog = log.child(ids);
    const principal = await principalOf(req, res);
    if (!principal) return { status: 401 };
    const raw = req.method === 'POST' ? await readBody(req) : '';
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        throw new HttpError(400, 'The request body is not JSON');
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const context = createRequestContext(ids, principal, db, requestLog, settings);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => context,
    });
    try {
      // no personal data leaves the hub unaudited: the reads are recorded before the answer is sent
      await context.audit.flush(db);
    } catch (error) {
      requestLog.error({ err: errorForLog(error) }, 'audit write failed; answer withheld');
      sendJson(res, 503, { errors: [{ message: 'The audit trail is unavailable; no data was returned',
        extensions: { code: 'AUDIT_UNAVAILABLE' } }] }, { 'x-request-id': requestId });
      return { status: 503, agency: principal.agency.code };
    }
    const outHeaders: Record<string, string> = { 'x-request-id': requestId };
    for (const [key, value] of response.headers) outHeaders[key] = value;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    return { status: response.status ?? 200, agency: principal.agency.code, statements: counter.statements };
  }

  /**
   * GET /reports/regional.csv: the same summary as `regionalSummary`, with the same arguments and
   * token, run through the GraphQL schema (and so through the same rules), written as CSV.
   */
  async function regionalCsv(req: IncomingMessage, res: ServerResponse, url: URL, ids: RequestIds) {
    const { requestId } = ids;
    const principal = await principalOf(req, res);
    if (!principal) return 401;
    const q = url.searchParams;
    const variables = {
      period: { from: q.get('from'), to: q.get('to') }, region: q.get('region'), targetGroup: q.get('targetGroup'),
      metrics: q.get('metrics')?.split(',').filter(Boolean) ?? null, ...(q.get('groupBy') ? { groupBy: q.get('groupBy') } : {}),
    };
    const context = createRequestContext(ids, principal, db, log.child(ids), settings);
    const result = await apollo.executeOperation<{ regionalSummary: RegionalSummary }>({ query: CSV_QUERY, variables }, { contextValue: context });
    if (result.body.kind !== 'single') throw new Error('unexpected incremental result');
    const { data, errors } = result.body.singleResult;
    if (errors?.length || !data?.regionalSummary) {
      const code = String(errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 }[code] ?? 500;
      sendJson(res, status, { errors }, { 'x-request-id': requestId });
      return status;
    }
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'x-request-id': requestId,
      'content-disposition': 'attachment; filename="regional-summary.csv"' });
    res.end(summaryToCsv(data.regionalSummary));
    return 200;
  }

  const server = createServer((req, res) => {
    // the hub names its requests itself; a client's own id is kept apart, and only when it is a UUID
    const ids: RequestIds = { requestId: randomUUID(), clientRequestId: clientRequestIdOf(req) };
    const { requestId } = ids;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const started = process.hrtime.bigint();
    const counter: QueryCount = { statements: 0 };
    countQueries(async () => {
      try {
        if (url.pathname === '/healthz' && req.method === 'GET') return health(res);
        if (url.pathname === '/reports/regional.csv' && req.method === 'GET') {
          const status = await regionalCsv(req, res, url, ids);
          log.info({ ...ids, status, statements: counter.statements }, 'report download');
          return;
        }
        if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'Not found' });
        if (req.method !== 'POST' && req.method !== 'GET') return sendJson(res, 405, { error: 'Method not allowed' });
        const outcome = await graphql(req, res, url, ids, counter);
        const stats = { requestId, status: outcome.status, statements: counter.statements,
          ms: Number(process.hrtime.bigint() - started) / 1e6 };
        log.info({ ...outcome, ...stats, clientRequestId: ids.clientRequestId }, 'graphql request');
        onRequestDone?.(stats);
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) log.error({ requestId, err: errorForLog(error) }, 'request failed');
        if (!res.headersSent) sendJson(res, status, { errors: [{ message: status === 500 ? 'Internal error' : (error as Error).message }] });
        else res.end();
      }
    }, counter);
  });

  return {
    server,
    listen: (port, host = '0.0.0.0') => new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
    }),
    close: async () => {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
