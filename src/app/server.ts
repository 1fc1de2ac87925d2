import { randomUUID } from 'node:crypto';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { fastifyCors } from '@fastify/cors';
import { fastifyHelmet } from '@fastify/helmet';
import { fastify, FastifyBaseLogger, FastifyReply, FastifyRequest, LogController } from 'fastify';
import { DataSource } from 'typeorm';
import type { Caller } from '../kernel/principal';
import type { RawJson } from '../kernel/raw-json';
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
import { compiledReadsGateway, mergedProjections } from './compiled-execution';
import { MODULES } from './modules';
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
import { asDatabaseFailure, auditBeforeAnswer, unavailableIs503, unexpectedErrorsLogged } from './apollo-plugins';
import { answerClientError, clientRequestIdOf, databaseAnswers, drain, errorBody, HttpError, MAX_BODY_BYTES, MAX_URL_BYTES,
  SAFE_SERIALIZERS, TIMEOUTS } from './http-edge';
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
  /**
   * Case objects built by one SQL statement where the features project every field asked for
   * (access/compiled-read.ts); on unless turned off (the differential test compares both).
   */
  compiledReads?: boolean;
  /** Aggregates suppress counts below this (default and minimum 5). */
  suppressionThreshold?: number;
  /** Browser origins allowed cross-origin (exact `scheme://host[:port]`); none by default. */
  corsOrigins?: string[];
  /** The proxies in front of the hub (TRUST_PROXY): a request through one counts as from the address it forwards. */
  trustProxy?: string[];
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

/** What the hub knows of one request while it runs. */
interface RequestState {
  ids: RequestIds;
  started: bigint;
  counter: QueryCount;
  principal?: Caller;
  /** The JSON texts its answer carries unparsed (compiled reads), spliced in as it leaves. */
  rawJson?: RawJson;
}

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
    // the client's address (what refused survey tokens are counted by) from the load balancer's X-Forwarded-For,
    // only when the request came from a proxy named: otherwise a client could write its own
    trustProxy: options.trustProxy?.length ? options.trustProxy : false,
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

  const schema = withoutPermissionsForBenchmark ? await buildBareSchema() : await buildServedSchema();
  const limits = queryLimits(() => schema, options.limits ?? DEFAULT_LIMITS, development);
  const withEnumSuggestions = enumSuggestions(schema);
  const apollo = new ApolloServer<RequestContext>({
    // the hub stops Apollo itself, once, in its own shutdown (close below)
    stopOnTerminationSignals: false,
    ...(options.compiledReads === false || withoutPermissionsForBenchmark
      ? { schema } : { gateway: compiledReadsGateway(schema, mergedProjections(MODULES)) }),
    formatError: (formatted, error) =>
      formatError(asDatabaseFailure(asLimitError(withEnumSuggestions(formatted)), unwrapResolverError(error)), development),
    includeStacktraceInErrorResponses: development,
    introspection: options.introspection ?? false,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [...limits.plugins, requestGuards, auditBeforeAnswer(db, metrics), unavailableIs503, metrics.plugin,
      // no field-level hooks: Apollo then leaves the resolvers as they are (no wrapper per field)
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's own landing page loads from a CDN and would answer any GET that asks for HTML, one with a
      // query too: the hub's only page is its development IDE (below), and a GET with a query always runs
      ApolloServerPluginLandingPageDisabled(), unexpectedErrorsLogged],
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
    const ctx = createRequestContext(ids, principal, databaseFor(request), log.child(ids), settings);
    stateOf(request).rawJson = ctx.rawJson;
    return ctx;
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
    onSend: async (request, reply, payload) => {
      if (ide?.served(request)) return payload;
      const stats = statsOf(request, reply);
      const { ids, principal, rawJson } = stateOf(request);
      const { statements, ...timing } = stats;
      if (counting) void reply.header('x-sql-statements', String(statements));
      log.info({ ...timing, ...(counting ? { statements } : {}), clientRequestId: ids.clientRequestId, agency: principal?.agency.code },
        'graphql request');
      onRequestDone?.(stats);
      // compiled case objects go in as PostgreSQL wrote them
      return rawJson && typeof payload === 'string' ? rawJson.splice(payload) : payload;
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
