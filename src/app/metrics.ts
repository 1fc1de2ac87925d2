import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getOperationAST } from 'graphql';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { RequestContext } from '../kernel/context';
import type { Principal } from '../kernel/principal';

/** The routes whose requests are counted: the API, not health checks or scrapes. */
const COUNTED_ROUTES = new Set(['/graphql', '/reports/regional.csv']);

/**
 * Distinct operation names kept as labels; later new names are `other`. Clients choose the names,
 * so without a bound every request could add a time series.
 */
const MAX_OPERATION_NAMES = 100;

/** Outcome codes a label may take; anything else (a development hub's raw errors) is `OTHER`. */
const OUTCOME_CODES = new Set(['OK', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED',
  'TIMEOUT', 'SERVICE_UNAVAILABLE', 'QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
  'INTERNAL_SERVER_ERROR', 'AUDIT_UNAVAILABLE']);

/** Requests refused before Apollo answered: their code from the HTTP status. */
const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED', 503: 'SERVICE_UNAVAILABLE',
};

/** Which limit a QUERY_TOO_COMPLEX answer names (the messages of limits.ts). */
const QUERY_LIMITS: [RegExp, string][] = [
  [/^Query depth limit/, 'depth'], [/^Query cost limit/, 'cost'], [/^Aliases limit/, 'aliases'], [/^Root fields limit/, 'root_fields'],
  [/^Token limit/, 'tokens'], [/^Directives limit/, 'directives'], [/^Operations limit/, 'operations'],
];

/** What a request's answer was, filled in by Apollo's plugin while the request is open. */
interface Outcome {
  operation: string;
  response?: GraphQLResponse;
}

/**
 * The operation name a label may carry: the audit's rule (at most 64 characters, no run of five
 * digits, which could be a personal code or a phone number) and a bound on how many distinct
 * names are kept. Anonymous operations and documents that never resolved to one are `other`.
 */
function operationLabel(name: string | undefined, known: Set<string>): string {
  if (!name || name.length > 64 || /\d{5}/.test(name)) return 'other';
  if (!known.has(name)) {
    if (known.size >= MAX_OPERATION_NAMES) return 'other';
    known.add(name);
  }
  return name;
}

/** The pg pool behind TypeORM's data source (its `master`; the hub has no replicas in this pool). */
export function poolOf(db: DataSource): Pool {
  return (db.driver as PostgresDriver).master as Pool;
}

/**
 * What operators watch (`GET /metrics`, Prometheus text format): requests by operation and outcome,
 * latency, refusals by limit, the database pool, audit write failures, rollup lag, and Node's own
 * metrics (event-loop lag among them). Labels never carry personal data or name an agency, only its
 * kind. One registry per app instance, so two hubs in one process keep their own counts.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'route' | 'operation' | 'code' | 'agency_kind'>;
  private readonly duration: Histogram<'route' | 'operation'>;
  private readonly refusals: Counter<'code' | 'limit'>;
  private readonly auditFailures: Counter;
  private readonly rateLimitStoreFailures: Counter;
  private readonly operationNames = new Set<string>();
  /** Open requests of the counted routes, by request id, until their response closes. */
  private readonly open = new Map<string, Outcome>();
  /** When the rollups were last refreshed here (null: not yet, counted from the start). */
  private readonly rollups: { started: number; refreshed: number | null } = { started: Date.now(), refreshed: null };

  constructor(db: DataSource) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'casehub_requests_total', registers,
      help: 'GraphQL and CSV requests by route, operation name (bounded; `other` otherwise), outcome code (`OK`, the first error\'s code, '
        + 'or `ABORTED` when the client hung up) and agency kind',
      labelNames: ['route', 'operation', 'code', 'agency_kind'],
    });
    this.duration = new Histogram({
      name: 'casehub_request_duration_seconds', registers,
      help: 'Time from the request\'s arrival to its answer, by route and operation name',
      labelNames: ['route', 'operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    });
    this.refusals = new Counter({
      name: 'casehub_requests_refused_total', registers,
      help: 'Requests refused by a limit: QUERY_TOO_COMPLEX (limit: depth, cost, aliases, ...) or RATE_LIMITED (limit: user, agency, discovery)',
      labelNames: ['code', 'limit'],
    });
    this.auditFailures = new Counter({
      name: 'casehub_audit_write_failures_total', registers,
      help: 'Answers withheld because the audit trail could not be written (AUDIT_UNAVAILABLE)',
    });
    this.rateLimitStoreFailures = new Counter({
      name: 'casehub_rate_limit_store_failures_total', registers,
      help: 'Requests let through unchecked because the rate limits\' store (PostgreSQL) failed or was slow (over 500 ms), or had just failed',
    });
    const pool = (read: (p: Pool) => number) => function collect(this: Gauge) {
      const p = poolOf(db);
      // a destroyed data source has no pool left to read
      if (p) this.set(read(p));
    };
    new Gauge({ name: 'casehub_db_pool_in_use', help: 'Connections of the request pool running a statement or transaction', registers,
      collect: pool((p) => p.totalCount - p.idleCount) });
    new Gauge({ name: 'casehub_db_pool_idle', help: 'Open connections of the request pool not in use', registers,
      collect: pool((p) => p.idleCount) });
    new Gauge({ name: 'casehub_db_pool_waiting', help: 'Requests waiting for a connection of the request pool', registers,
      collect: pool((p) => p.waitingCount) });
    const { rollups } = this;
    new Gauge({
      name: 'casehub_rollup_refresh_lag_seconds', registers,
      help: 'Seconds since this instance last refreshed the report rollups (since its start, before the first)',
      collect() { this.set((Date.now() - (rollups.refreshed ?? rollups.started)) / 1000); },
    });
  }

  /** The main loop calls this after each successful rollup refresh. */
  rollupRefreshed(at: Date = new Date()): void {
    this.rollups.refreshed = at.getTime();
  }

  auditWriteFailed(): void {
    this.auditFailures.inc();
  }

  rateLimited(limit: 'user' | 'agency'): void {
    this.refusals.inc({ code: 'RATE_LIMITED', limit });
  }

  rateLimitStoreFailed(): void {
    this.rateLimitStoreFailures.inc();
  }

  /** Apollo's side: the operation's name and its response (read when the HTTP answer has gone). */
  readonly plugin: ApolloServerPlugin<RequestContext> = {
    requestDidStart: async ({ contextValue }) => {
      const outcome = this.open.get(contextValue.requestId);
      // a request whose client has gone, or one run outside the counted routes
      if (!outcome) return;
      return {
        willSendResponse: async ({ response, document, request }) => {
          // from the parsed document, so a document refused by validation (a limit) is named too
          const operation = document ? getOperationAST(document, request.operationName) : null;
          outcome.operation = operationLabel(operation?.name?.value, this.operationNames);
          // kept by reference: the audit's plugin may still replace the body (AUDIT_UNAVAILABLE)
          outcome.response = response;
        },
      };
    },
  };

  /**
   * Fastify's side: each request of a counted route is recorded when its response closes, answered
   * or not (a client that hung up is `ABORTED`), so nothing is kept past the request.
   */
  onRequest(principalOf: (request: FastifyRequest) => Principal | undefined) {
    return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const route = request.routeOptions.url;
      if (!route || !COUNTED_ROUTES.has(route)) return;
      const outcome: Outcome = { operation: 'other' };
      this.open.set(request.id, outcome);
      reply.raw.once('close', () => {
        this.open.delete(request.id);
        const code = reply.raw.writableFinished ? this.codeOf(outcome, reply.statusCode) : 'ABORTED';
        this.requests.inc({ route, operation: outcome.operation, code, agency_kind: principalOf(request)?.agency.kind ?? 'none' });
        this.duration.observe({ route, operation: outcome.operation }, reply.elapsedTime / 1000);
      });
    };
  }

  /** The first error's code (counting the limits' refusals on the way), or OK; from the status when Apollo never answered. */
  private codeOf(outcome: Outcome, status: number): string {
    const body = outcome.response?.body;
    if (!body) return STATUS_CODES[status] ?? (status < 400 ? 'OK' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
    const errors = body.kind === 'single' ? body.singleResult.errors ?? [] : [];
    for (const error of errors) {
      if (error.extensions?.code === 'QUERY_TOO_COMPLEX') {
        this.refusals.inc({ code: 'QUERY_TOO_COMPLEX', limit: QUERY_LIMITS.find(([m]) => m.test(error.message))?.[1] ?? 'other' });
      } else if (error.extensions?.code === 'RATE_LIMITED') {
        this.refusals.inc({ code: 'RATE_LIMITED', limit: 'discovery' });
      }
    }
    if (errors.length === 0) return 'OK';
    const code = String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    return OUTCOME_CODES.has(code) ? code : 'OTHER';
  }

  /**
   * `GET /metrics` for operators, only with METRICS_TOKEN as the bearer token (compared in constant
   * time); without a configured token the route does not exist (404).
   */
  serve(http: FastifyInstance, token: string | undefined): void {
    if (!token) return;
    // Node's own metrics (event-loop lag, memory, GC) only where they are served: their monitors cannot be stopped
    collectDefaultMetrics({ register: this.registry });
    const expected = createHash('sha256').update(token).digest();
    http.get('/metrics', async (request, reply) => {
      const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!timingSafeEqual(createHash('sha256').update(given).digest(), expected)) {
        return reply.code(401).header('www-authenticate', 'Bearer')
          .send({ errors: [{ message: 'The metrics token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      return reply.header('content-type', this.registry.contentType).send(await this.registry.metrics());
    });
  }
}
