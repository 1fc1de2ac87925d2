import { randomUUID } from 'node:crypto';
import { Server, STATUS_CODES } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { fastifyCors } from '@fastify/cors';
import { fastifyHelmet } from '@fastify/helmet';
import {
  ConnectionError, fastify, FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest, LogController,
} from 'fastify';
import { GraphQLFormattedError } from 'graphql';
import { DataSource } from 'typeorm';
import type { Caller } from '../kernel/principal';
import { authenticate, AuthenticationError, PurposeError } from './auth/authenticate';
import { TokenVerifier } from './auth/verify';
import { AgencyRegister } from './auth/agency-register';
import { DEFAULT_LIMITS, DEFAULT_RATE_LIMITS, DEFAULT_SURVEY_ANSWER_LIMITS, JwtConfig, QueryLimits, RateLimits,
  SurveyAnswerLimits } from '../kernel/config';
import { countQueries, QueryCount } from '../kernel/db/query-counter';
import type { RequestContext, RequestIds } from '../kernel/context';
import { checkModules, createRequestContext } from './context';
import { formatError } from '../kernel/errors';
import { databaseFailure } from '../kernel/db/transaction';
import { buildBareSchema, buildServedSchema } from './schema';
import { CSV_QUERY, summaryToCsv } from '../reporting';
import { isTokenRefusal, submitSurveyAnswers, surveyAnswerStatus } from '../centre-services';
import type { SurveyAnswersBody } from '../centre-services';
import type { RegionalSummary } from '../reporting';
import { errorForLog, type Logger } from '../kernel/logger';
import { asLimitError, queryLimits } from './limits';
import { enumSuggestions } from './enum-suggestions';
import { readsOnly } from './read-replica';
import { requestGuards } from './request-guards';
import { onlyTrusted, TrustedDocuments } from './trusted-documents';
import { createIde } from './ide/ide';
import { HubMetrics, poolOf } from './metrics';
import { RequestRateLimits, SurveyTokenGuessing } from './rate-limits';
import { startWebhookDelivery, WebhookDelivery, WebhookDeliveryOptions } from '../webhooks';

export interface AppOptions {
  db: DataSource;
  jwt: JwtConfig;
  log: Logger;
  /**
   * Development mode keeps error details (never in production), and serves the browser IDE at
   * `GET /graphql` (with a demo token when `jwt` is the published development secret).
   */
  development: boolean;
  /** Called after each GraphQL request with what it cost (the N+1 tests read it); turns statement counting on. */
  onRequestDone?: (stats: RequestStats) => void;
  /**
   * Count the SQL statements of each request (async context around it) and answer the count in
   * `x-sql-statements` (COUNT_SQL_STATEMENTS, for benchmarks). Off by default, when it costs
   * nothing; on by default when `onRequestDone` is given.
   */
  countSqlStatements?: boolean;
  /**
   * Only `npm run bench` turns this off, to measure what the permission layer costs; no
   * configuration reaches it.
   */
  withoutPermissionsForBenchmark?: boolean;
  /** Aggregates suppress counts below this (default and minimum 5). */
  suppressionThreshold?: number;
  /** Browser origins allowed cross-origin (exact `scheme://host[:port]`); none by default. */
  corsOrigins?: string[];
  /** What one GraphQL request may ask; DEFAULT_LIMITS unless configured. */
  limits?: QueryLimits;
  /** Schema introspection (`__schema`, `__type`); off unless asked for (production keeps it off). */
  introspection?: boolean;
  /** How long one GraphQL request may take before it is answered 503 TIMEOUT (its write, if any, not kept). */
  requestDeadlineMs?: number;
  /** How long an emergency access lasts, in hours (at most 24). */
  emergencyAccessHours?: number;
  /** How many days before a case's opening an event may be dated (BACKDATE_WINDOW_DAYS). */
  backdateWindowDays?: number;
  /** How many days a referral waits for an answer (REFERRAL_EXPIRY_DAYS). */
  referralExpiryDays?: number;
  /** How many days a requested transfer waits for an answer (TRANSFER_EXPIRY_DAYS). */
  transferExpiryDays?: number;
  /** A streaming replica (DATABASE_READ_URL) for requests that only read; the audit is written to `db`. */
  readDb?: DataSource;
  /** When given, only these registered operations run (TRUSTED_DOCUMENTS). */
  trustedDocuments?: TrustedDocuments;
  /** How long in-flight requests may finish once the hub stops; the rest are answered 503. */
  shutdownGraceMs?: number;
  /** Requests per user and per agency (kept in PostgreSQL); DEFAULT_RATE_LIMITS unless configured. */
  rateLimits?: RateLimits;
  /** Refused survey tokens per address (kept in PostgreSQL); DEFAULT_SURVEY_ANSWER_LIMITS unless configured. */
  surveyAnswerLimits?: SurveyAnswerLimits;
  /** The bearer token `GET /metrics` asks for; without one there is no /metrics. */
  metricsToken?: string;
  /**
   * Webhooks: whether plain http to the loopback may be registered (tests, development), and, when
   * `delivery` is given, this instance delivers (started with the app, stopped by `close`).
   */
  webhooks?: { allowHttpLoopback?: boolean; delivery?: Omit<WebhookDeliveryOptions, 'log'> };
}

export interface RequestStats {
  requestId: string;
  status: number;
  /** SQL statements the request ran (0 when statements are not counted). */
  statements: number;
  ms: number;
}

export interface App {
  server: Server;
  listen(port: number, host?: string): Promise<number>;
  /**
   * Stops accepting, lets requests in flight finish within the grace period, answers those still
   * running 503, and closes every connection. `/readyz` answers 503 from the first moment.
   */
  close(): Promise<void>;
  /** This instance's metrics (the main loop reports rollup refreshes to them). */
  metrics: HubMetrics;
}

/**
 * Stops taking requests (Fastify answers 503 to any that still arrive on open connections), lets
 * those in flight finish within the grace period, answers the ones still running 503, and closes
 * every connection.
 */
async function drain(http: FastifyInstance, inFlight: Set<FastifyReply>, graceMs: number): Promise<void> {
  const closed = http.close();
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'grace over'>((resolve) => { timer = setTimeout(() => resolve('grace over'), graceMs); });
  const outcome = await Promise.race([closed, graceOver]);
  clearTimeout(timer);
  if (outcome !== 'grace over') return;
  const answered = [...inFlight].filter((reply) => !reply.sent).map((reply) => {
    const written = new Promise<void>((resolve) => reply.raw.once('close', () => resolve()));
    void reply.code(503).header('connection', 'close').send(errorBody('The hub is stopping; try again', 'SERVICE_UNAVAILABLE'));
    return written;
  });
  // the 503s reach their clients before the connections are cut (a moment at most)
  await Promise.race([Promise.all(answered), new Promise((resolve) => setTimeout(resolve, 1_000))]);
  http.server.closeAllConnections();
  await closed;
}

/** `/healthz` and `/readyz` answer within this, whatever the database does. */
const HEALTH_TIMEOUT_MS = 2_000;

/** The database answers SELECT 1 within the health timeout. */
async function databaseAnswers(db: DataSource): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS); });
  try {
    return await Promise.race([db.query('SELECT 1').then(() => true, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

const MAX_BODY_BYTES = 1_000_000;
/** A longer URL (a GET query in the query string) is answered 414. */
const MAX_URL_BYTES = 8_192;

/**
 * A request whose head does not fit Node's header limit never reaches a route: answered here,
 * 414 when it is the URL that is too long, else 431, and the connection closed. Nothing is echoed.
 */
function answerClientError(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let status = 400;
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    // Node hands over the bytes it read (typed otherwise by Fastify)
    const raw: unknown = error.rawPacket;
    const firstLine = Buffer.isBuffer(raw) ? raw.subarray(0, MAX_URL_BYTES + 64).indexOf('\r\n') : -1;
    status = firstLine === -1 || firstLine > MAX_URL_BYTES ? 414 : 431;
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408;
  }
  const body = JSON.stringify(errorBody(status === 414 ? 'URI too long' : status === 431 ? 'Request headers too large'
    : status === 408 ? 'Request timeout' : 'Bad request'));
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: application/json\r\n`
    + `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/**
 * Timeouts against clients that hold connections open. A request's head and body must arrive
 * within 60 s (slow senders; 1 MB still fits a poor mobile link); a socket silent for 2 min is
 * closed (longer than any query the hub runs, so a slow report is not cut off); an idle keep-alive
 * connection is kept 72 s, longer than the usual 60 s of load balancers, so they close it first and
 * never send on a connection the hub has closed.
 */
const TIMEOUTS = { requestTimeout: 60_000, connectionTimeout: 120_000, keepAliveTimeout: 72_000 };

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A client's correlation id (`X-Request-Id`), kept only when it is a UUID: nothing a client writes freely reaches logs or audit. */
function clientRequestIdOf(req: FastifyRequest): string | null {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' && UUID.test(sent) ? sent.toLowerCase() : null;
}

/** What the hub knows of one request while it runs. */
interface RequestState {
  ids: RequestIds;
  started: bigint;
  counter: QueryCount;
  principal?: Caller;
}

/** A database that cannot serve now, or a statement past its time: the client may try again (503). */
function asDatabaseFailure(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const failure = databaseFailure(error);
  if (failure === 'SERVICE_UNAVAILABLE') {
    return { message: 'The database is unavailable; try again shortly', path: formatted.path, extensions: { code: failure } };
  }
  if (failure === 'TIMEOUT') {
    return { message: 'The request took too long and was stopped; nothing it was writing was kept', path: formatted.path,
      extensions: { code: failure } };
  }
  return formatted;
}

const errorBody = (message: string, code?: string) => ({ errors: [{ message, ...(code ? { extensions: { code } } : {}) }] });

/**
 * What Fastify may write to the log: no headers, query strings, bodies or error messages (they
 * quote what a client sent), only the method, route pattern, status and the error's kind.
 */
const SAFE_SERIALIZERS = {
  req: (req: { method?: string; routeOptions?: { url?: string } }) => ({ method: req.method, route: req.routeOptions?.url }),
  res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
  err: errorForLog,
};

/** The HTTP face of the hub: POST/GET /graphql (and the IDE in development), GET /healthz, GET /reports/regional.csv. */
export async function createApp(options: AppOptions): Promise<App> {
  const { db, jwt, log, development, onRequestDone, withoutPermissionsForBenchmark } = options;
  const counting = options.countSqlStatements ?? onRequestDone !== undefined;
  /** Runs `fn` counting its statements into `counter` when counting is on; as a plain call otherwise. */
  const counted = <T>(fn: () => T, counter: QueryCount): T => (counting ? countQueries(fn, counter) : fn());
  const settings = { suppressionThreshold: Math.max(options.suppressionThreshold ?? 5, 5),
    requestDeadlineMs: options.requestDeadlineMs ?? 15_000, emergencyAccessHours: Math.min(options.emergencyAccessHours ?? 24, 24),
    backdateWindowDays: options.backdateWindowDays ?? 30, referralExpiryDays: options.referralExpiryDays ?? 14,
    transferExpiryDays: options.transferExpiryDays ?? 14,
    webhookHttpLoopback: options.webhooks?.allowHttpLoopback ?? false };
  const allowedOrigins = new Set(options.corsOrigins ?? []);
  checkModules();
  const verifier = new TokenVerifier(jwt);
  // the register in memory, read before the first request: no request pays a round trip for it
  const agencies = new AgencyRegister(db, log);
  await agencies.start();

  const http = fastify({
    loggerInstance: log.child({}, { serializers: SAFE_SERIALIZERS }) as FastifyBaseLogger,
    // the hub logs one line of its own per request (below); Fastify's request lines would carry the URL
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    // the hub names its requests itself; a client's X-Request-Id is never taken as the id
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: MAX_BODY_BYTES,
    clientErrorHandler: answerClientError,
    // HEAD and unknown methods are answered as before (404, or 405 on /graphql), not by generated routes
    exposeHeadRoutes: false,
    ...TIMEOUTS,
    // a URL Fastify cannot decode: refused without echoing it
    frameworkErrors: (_error, _request, reply) => { void (reply as FastifyReply).code(400).send(errorBody('Bad request')); },
  });

  const states = new WeakMap<FastifyRequest, RequestState>();
  const stateOf = (request: FastifyRequest): RequestState => {
    const state = states.get(request);
    if (!state) throw new Error('request state missing');
    return state;
  };
  const metrics = new HubMetrics(db);
  const rateLimits = new RequestRateLimits(poolOf(db), options.rateLimits ?? DEFAULT_RATE_LIMITS, metrics, log);
  const tokenGuessing = new SurveyTokenGuessing(poolOf(db), options.surveyAnswerLimits ?? DEFAULT_SURVEY_ANSWER_LIMITS);

  // the audit flush before any answer leaves: Apollo awaits willSendResponse before it writes the body
  const auditBeforeAnswer: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          try {
            // no personal data leaves the hub unaudited: the reads are recorded before the answer is sent
            await contextValue.audit.flush(db);
          } catch (error) {
            metrics.auditWriteFailed();
            contextValue.log.error({ err: errorForLog(error) }, 'audit write failed; answer withheld');
            response.http.status = 503;
            response.body = { kind: 'single',
              singleResult: errorBody('The audit trail is unavailable; no data was returned', 'AUDIT_UNAVAILABLE') };
          }
        },
      };
    },
  };

  const schema = withoutPermissionsForBenchmark ? await buildBareSchema() : await buildServedSchema();
  const limits = queryLimits(() => schema, options.limits ?? DEFAULT_LIMITS, development);
  const withEnumSuggestions = enumSuggestions(schema);
  // a database that cannot serve is the answer's status too, so load balancers and clients retry
  const unavailableIs503: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const { body } = response;
          const codes = body.kind === 'single' ? (body.singleResult.errors ?? []).map((e) => e.extensions?.code) : [];
          if (codes.includes('SERVICE_UNAVAILABLE') || codes.includes('TIMEOUT')) response.http.status = 503;
        },
      };
    },
  };

  /** The start of graphql-js's own error when a request's variables hold more than 50 invalid values. */
  const VARIABLE_ERROR_LIMIT = 'Too many errors processing variables';
  const apollo = new ApolloServer<RequestContext>({
    // the hub stops Apollo itself, once, in its own shutdown (close below)
    stopOnTerminationSignals: false,
    schema,
    formatError: (formatted, error) =>
      formatError(asDatabaseFailure(asLimitError(withEnumSuggestions(formatted)), unwrapResolverError(error)), development),
    includeStacktraceInErrorResponses: development,
    introspection: options.introspection ?? false,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [...limits.plugins, requestGuards, auditBeforeAnswer, unavailableIs503, metrics.plugin,
      // no field-level hooks: Apollo then leaves the resolvers as they are (no wrapper per field)
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's own landing page loads from a CDN and would answer any GET that asks for HTML, one with a
      // query too: the hub's only page is its development IDE (below), and a GET with a query always runs
      ApolloServerPluginLandingPageDisabled(), {
      // unexpected failures are logged (message only: no variables, no data); clients get a generic error
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, contextValue }) {
            for (const error of errors) {
              // graphql-js stops coercing variables after 50 errors with an error of its own and no code: the input's fault
              if (!error.extensions?.code && !error.originalError && error.message.startsWith(VARIABLE_ERROR_LIMIT)) {
                Object.assign(error.extensions, { code: 'BAD_USER_INPUT' });
              }
              if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
                contextValue.log.error({ err: errorForLog(error.originalError ?? error), path: error.path }, 'resolver failed');
                // kept when the error is masked, so the caller can quote it
                Object.assign(error.extensions, { requestId: contextValue.requestId });
              }
            }
          },
        };
      },
    }],
  });
  await apollo.start();

  // the requests running now, for a shutdown that lets them finish
  const inFlight = new Set<FastifyReply>();
  let stopping = false;
  http.addHook('onResponse', async (_request, reply) => {
    inFlight.delete(reply);
    // while stopping, a connection whose last request was just answered is not kept alive
    if (stopping) setImmediate(() => http.server.closeIdleConnections());
  });

  // every request: the hub's own id (also on the answer), its clock and its statement counter
  http.addHook('onRequest', async (request, reply) => {
    inFlight.add(reply);
    reply.raw.once('close', () => {
      inFlight.delete(reply);
      // the client hung up before its answer: worth a line, not an alarm
      if (!reply.raw.writableFinished) log.info({ requestId: request.id }, 'client went away; request aborted');
    });
    states.set(request, { ids: { requestId: request.id, clientRequestId: clientRequestIdOf(request) },
      started: process.hrtime.bigint(), counter: { statements: 0 } });
    void reply.header('x-request-id', request.id);
    if (request.url.length > MAX_URL_BYTES) return reply.code(414).send(errorBody('URI too long'));
  });
  await http.register(fastifyHelmet, {
    // an API answers JSON and CSV only: nothing may load, run or frame anything from its answers
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  });
  await http.register(fastifyCors, {
    // exact origins from CORS_ORIGINS; any other origin gets no CORS headers at all (false), not a refusal
    origin: (origin, done) => done(null, origin !== undefined && allowedOrigins.has(origin)),
    methods: ['GET', 'POST'],
    // what a browser client sends: its token, JSON, its correlation id, and Apollo's CSRF header for GET queries
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });

  // after the security and CORS headers are set: a path the hub does not serve is answered before its body is read
  // (/graphql with a method Fastify does not route at all, such as PROPFIND, is a 405 as the others below)
  http.addHook('onRequest', async (request, reply) => {
    if (!request.is404) return;
    if (request.url.split('?', 1)[0] === '/graphql') return reply.code(405).send({ error: 'Method not allowed' });
    return reply.code(404).send({ error: 'Not found' });
  });

  // bodies are parsed as before: JSON whatever the content type (Apollo then refuses what it does not accept)
  http.removeAllContentTypeParsers();
  http.addContentTypeParser('*', { parseAs: 'string' }, (_request, raw, done) => {
    if (!raw) return done(null, undefined);
    try {
      done(null, JSON.parse(raw as string));
    } catch {
      done(new HttpError(400, 'The request body is not JSON'), undefined);
    }
  });

  // Fastify's own client errors keep their status (413 for a body over the limit) but never their message
  http.setErrorHandler((error, request, reply) => {
    const failure = databaseFailure(error);
    if (failure) return reply.code(503).send(errorBody('The database is unavailable; try again shortly', 'SERVICE_UNAVAILABLE'));
    const given = error instanceof HttpError ? error.status : (error as { statusCode?: number }).statusCode ?? 500;
    const status = given >= 400 && given < 500 ? given : 500;
    if (status === 500) log.error({ requestId: request.id, err: errorForLog(error) }, 'request failed');
    const message = error instanceof HttpError ? error.message
      : status === 413 ? 'Request body too large' : status === 500 ? 'Internal error' : 'Bad request';
    return reply.code(status).send(errorBody(message));
  });
  http.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'Not found' }));

  /** Answers 401 before Apollo runs when the caller is not authenticated (no token, bad or expired token, unknown agency). */
  async function requireCaller(request: FastifyRequest, reply: FastifyReply) {
    const state = stateOf(request);
    try {
      state.principal = await counted(() => authenticate(request.headers.authorization, verifier, agencies), state.counter);
    } catch (error) {
      if (error instanceof PurposeError) return reply.code(403).send(errorBody(error.message, error.code));
      if (!(error instanceof AuthenticationError)) throw error;
      return reply.code(401).header('www-authenticate', 'Bearer')
        .send(errorBody(error.message, 'UNAUTHENTICATED'));
    }
  }

  /** The database a request reads: the replica for a request that only reads (DATABASE_READ_URL), else the primary. */
  function databaseFor(request: FastifyRequest): DataSource {
    if (!options.readDb) return db;
    const sent = (request.method === 'GET' ? request.query : request.body) as { query?: unknown; operationName?: unknown } | undefined;
    return readsOnly(sent?.query, sent?.operationName) ? options.readDb : db;
  }

  function contextOf(request: FastifyRequest): RequestContext {
    const { ids, principal } = stateOf(request);
    if (!principal) throw new Error('unauthenticated request reached the handler');
    return createRequestContext(ids, principal, databaseFor(request), log.child(ids), settings);
  }

  /** Time and statements so far: read as the answer is handed over (onSend), so a caller's next request sees it recorded. */
  function statsOf(request: FastifyRequest, reply: FastifyReply): RequestStats {
    const { ids, started, counter } = stateOf(request);
    return { requestId: ids.requestId, status: reply.statusCode, statements: counter.statements,
      ms: Number(process.hrtime.bigint() - started) / 1e6 };
  }

  // requests counted when their response closes; /metrics for operators with METRICS_TOKEN
  http.addHook('onRequest', metrics.onRequest((request) => states.get(request)?.principal));
  metrics.serve(http, options.metricsToken);
  // after authentication: the caller's requests per user and per agency
  const callerWithinLimits = [requireCaller, rateLimits.hook((request) => states.get(request)?.principal)];

  http.get('/healthz', async (_request, reply) => (await databaseAnswers(db)
    ? reply.send({ status: 'ok', database: 'up' })
    : reply.code(503).send({ status: 'unavailable', database: 'down' })));

  // for load balancers: send traffic here only while the hub is serving and its database answers
  http.get('/readyz', async (_request, reply) => {
    if (stopping) return reply.code(503).send({ status: 'stopping' });
    return await databaseAnswers(db) ? reply.send({ status: 'ready' }) : reply.code(503).send({ status: 'unavailable', database: 'down' });
  });

  const graphql = fastifyApolloHandler<RequestContext>(apollo, { context: async (request) => contextOf(request) });
  // development only: a browser opening /graphql gets the IDE, before any token is asked for
  const ide = development ? createIde(jwt) : undefined;
  ide?.register(http);

  /**
   * A request past its deadline is answered 503 TIMEOUT. Its write, if any, checks the same deadline
   * before it commits (runMutation), a moment earlier than this answer, so what the client is told
   * is what was kept; a statement still running meets the database's own statement timeout.
   */
  async function deadline(_request: FastifyRequest, reply: FastifyReply) {
    const timer = setTimeout(() => {
      if (!reply.sent) void reply.code(503).send(errorBody('The request took too long and was stopped; nothing it was writing was kept', 'TIMEOUT'));
    }, settings.requestDeadlineMs + 250);
    reply.raw.once('close', () => clearTimeout(timer));
  }
  // the integration's handler answers with Apollo's serialized string
  http.route<{ Reply: string }>({
    method: ['GET', 'POST'],
    url: '/graphql',
    onRequest: [...(ide ? [ide.serve] : []), ...callerWithinLimits, deadline],
    // with a manifest (TRUSTED_DOCUMENTS), only the operations agency systems registered run
    ...(options.trustedDocuments ? { preHandler: onlyTrusted(options.trustedDocuments) } : {}),
    // the statements of the whole execution, the audit flush included, are counted for this request
    handler(request, reply) {
      return counted(() => graphql.call(this, request, reply), stateOf(request).counter);
    },
    onSend: async (request, reply) => {
      if (ide?.served(request)) return;
      const stats = statsOf(request, reply);
      const { ids, principal } = stateOf(request);
      const { statements, ...timing } = stats;
      if (counting) void reply.header('x-sql-statements', String(statements));
      log.info({ ...timing, ...(counting ? { statements } : {}), clientRequestId: ids.clientRequestId, agency: principal?.agency.code },
        'graphql request');
      onRequestDone?.(stats);
    },
  });
  // answered before the body is read, as a 405 needs nothing from it
  http.route({
    method: ['DELETE', 'PATCH', 'PUT', 'HEAD', 'OPTIONS'],
    url: '/graphql',
    onRequest: async (_request, reply) => reply.code(405).send({ error: 'Method not allowed' }),
    handler: async () => undefined,
  });

  /**
   * GET /reports/regional.csv: the same summary as `regionalSummary`, with the same arguments and
   * token, run through the GraphQL schema (and so through the same rules), written as CSV.
   */
  http.route({
    method: 'GET',
    url: '/reports/regional.csv',
    onRequest: callerWithinLimits,
    handler: (request, reply) => counted(async () => {
      const q = new URL(request.url, 'http://localhost').searchParams;
      const variables = {
        period: { from: q.get('from'), to: q.get('to') }, region: q.get('region'), targetGroup: q.get('targetGroup'),
        metrics: q.get('metrics')?.split(',').filter(Boolean) ?? null, ...(q.get('groupBy') ? { groupBy: q.get('groupBy') } : {}),
      };
      const result = await apollo.executeOperation<{ regionalSummary: RegionalSummary }>({ query: CSV_QUERY, variables },
        { contextValue: contextOf(request) });
      if (result.body.kind !== 'single') throw new Error('unexpected incremental result');
      const { data, errors } = result.body.singleResult;
      if (errors?.length || !data?.regionalSummary) {
        const code = String(errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, AUDIT_UNAVAILABLE: 503 }[code] ?? 500;
        return reply.code(status).send({ errors });
      }
      return reply.header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="regional-summary.csv"')
        .send(summaryToCsv(data.regionalSummary));
    }, stateOf(request).counter),
    onSend: async (request, reply) => {
      const { ids, counter } = stateOf(request);
      if (counting) void reply.header('x-sql-statements', String(counter.statements));
      log.info({ ...ids, status: reply.statusCode, ...(counting ? { statements: counter.statements } : {}) }, 'report download');
    },
  });

  /**
   * POST /surveys/answers: a respondent's answers to a support centre's partner survey, with the
   * one-time token the centre handed out and no login (README, Support centres). Nothing of the
   * request is kept with the answers, and its log line carries neither its id nor its caller.
   */
  http.route<{ Body: SurveyAnswersBody | undefined }>({
    method: 'POST',
    url: '/surveys/answers',
    // no request deadline: a 503 sent while its transaction still commits would leave the respondent with a spent token
    bodyLimit: 16_384,
    handler: async (request, reply) => {
      const wait = await tokenGuessing.retryAfter(request.ip);
      if (wait !== null) {
        return reply.code(429).header('retry-after', String(wait)).send(errorBody(
          `Too many refused response tokens from your address; try again in ${wait} s (your token, if valid, stays usable)`, 'RATE_LIMITED'));
      }
      try {
        await submitSurveyAnswers(db, request.body ?? {});
        return await reply.send({ accepted: true });
      } catch (error) {
        if (surveyAnswerStatus(error) !== 400) throw error;
        if (isTokenRefusal(error)) await tokenGuessing.refused(request.ip);
        const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
        return reply.code(400).send({ errors: [{ message, extensions }] });
      }
    },
    onSend: async (_request, reply) => {
      log.info({ status: reply.statusCode }, 'survey answers');
    },
  });

  await http.ready();
  const delivery: WebhookDelivery | null = options.webhooks?.delivery
    ? await startWebhookDelivery({ ...options.webhooks.delivery, log: log.child({ component: 'webhooks' }),
      // the loopback a webhook may be registered for is the one it may be delivered to
      settings: { ...options.webhooks.delivery.settings, allowLoopback: options.webhooks.allowHttpLoopback ?? false } }) : null;
  return {
    server: http.server,
    listen: async (port, host = '0.0.0.0') => {
      await http.listen({ port, host });
      return (http.server.address() as AddressInfo).port;
    },
    close: async () => {
      stopping = true;
      // a delivery in flight is given up and sent again later (by another instance, or after the restart)
      await delivery?.stop();
      if (!http.server.listening) return apollo.stop();
      agencies.stop();
      await drain(http, inFlight, options.shutdownGraceMs ?? 10_000);
      await apollo.stop();
    },
    metrics,
  };
}
