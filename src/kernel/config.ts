import { isIP } from 'node:net';
import { TIME_ZONE } from './dates';
import { DatabaseTimeouts, DEFAULT_DB_TIMEOUTS } from './db/timeouts';

/** Every environment variable the hub reads, parsed and validated once at start-up. */
export interface Config {
  port: number;
  /** The interface to listen on: 127.0.0.1 for a local development hub unless HOST says otherwise. */
  host: string;
  /** External PostgreSQL, as the serving role; when absent the hub starts an embedded one under `dataDir`. */
  databaseUrl: string | undefined;
  /** The same database as the schema's owner, for migrations (and reference and demo data). */
  databaseOwnerUrl: string | undefined;
  /** A streaming replica, as the serving role, for requests that only read (DATABASE_READ_URL). */
  databaseReadUrl: string | undefined;
  dataDir: string;
  /** How many demo cases to load into an empty database (0 = none). */
  demoCases: number;
  nodeEnv: string;
  logLevel: string;
  jwt: JwtConfig;
  /** Aggregates suppress counts from 1 to this minus one. */
  suppressionThreshold: number;
  /** Browser origins allowed to call the hub cross-origin (CORS); none unless CORS_ORIGINS lists them. */
  corsOrigins: string[];
  /**
   * The proxies (load balancers) in front of the hub, by address or CIDR (TRUST_PROXY): a request from
   * one of them is taken to come from the address it forwards (`X-Forwarded-For`). None by default: the
   * hub then sees the connection's own address, and a forwarded one is ignored.
   */
  trustProxy: string[];
  /** Count SQL statements per request and answer them in `x-sql-statements` (benchmarks); off by default. */
  countSqlStatements: boolean;
  /** What one GraphQL request may ask. */
  limits: QueryLimits;
  /** Schema introspection: on in development, off in production unless INTROSPECTION=true. */
  introspection: boolean;
  /** Connections of the hub's pool (DB_POOL_SIZE). */
  dbPoolSize: number;
  /** How long requests wait on the database (DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS, DB_READ_TIMEOUT_MS). */
  dbTimeouts: DatabaseTimeouts;
  /** How long in-flight requests may finish after SIGTERM before they are answered 503 (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** Requests per user and per agency, counted in PostgreSQL so the limits hold across instances. */
  rateLimits: RateLimits;
  /** Refused survey tokens per address, counted in PostgreSQL (SURVEY_TOKEN_FAILURES_PER_HOUR). */
  surveyAnswerLimits: SurveyAnswerLimits;
  /** The bearer token `GET /metrics` asks for (METRICS_TOKEN); without one the hub serves no metrics. */
  metricsToken: string | undefined;
  /** A manifest of the only operations that may run (TRUSTED_DOCUMENTS), when set. */
  trustedDocumentsPath: string | undefined;
  /** How long one GraphQL request may take before it is answered 503 TIMEOUT (REQUEST_DEADLINE_MS). */
  requestDeadlineMs: number;
  /** How long an emergency access lasts (EMERGENCY_ACCESS_HOURS, at most 24: ACCESS.md). */
  emergencyAccessHours: number;
  /** The zone of every date rule and of the database session (TIME_ZONE; Latvia's unless a test says otherwise). */
  timeZone: string;
  /** How many days before a case's opening an event in it may be dated (BACKDATE_WINDOW_DAYS); such events are flagged. */
  backdateWindowDays: number;
  /** How many days a referral waits for an answer before it expires (REFERRAL_EXPIRY_DAYS). */
  referralExpiryDays: number;
  /** How many days a requested transfer waits for the receiving service's answer (TRANSFER_EXPIRY_DAYS). */
  transferExpiryDays: number;
  /**
   * A client is pseudonymised once every case of theirs has been closed for longer than this many
   * months (RETENTION_AFTER_CLOSURE_MONTHS).
   */
  retentionAfterClosureMonths: number;
  /** Webhook registration and delivery (WEBHOOK_*). */
  webhooks: WebhookConfig;
}

/** Webhooks: what endpoints may be registered, and how this instance delivers to them. */
export interface WebhookConfig {
  /** Whether this instance delivers (WEBHOOK_DELIVERY, on unless false); every instance that does shares the work. */
  deliver: boolean;
  /** Plain http to 127.0.0.1 / localhost may be registered (WEBHOOK_ALLOW_HTTP_LOOPBACK): tests and development only. */
  allowHttpLoopback: boolean;
  /** The first retry's delay, doubled each time (WEBHOOK_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** The longest delay between attempts (WEBHOOK_RETRY_MAX_MS). */
  retryMaxMs: number;
  /** Failing for longer than this parks a subscription (WEBHOOK_PARK_AFTER; at least 24 h in production). */
  parkAfterMs: number;
  /** How long one POST may take (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** Subscriptions delivered at once by this instance (WEBHOOK_CONCURRENCY). */
  concurrency: number;
  /** How often scheduled retries are looked for (WEBHOOK_POLL_INTERVAL_MS); new events are announced at once. */
  pollIntervalMs: number;
  /** Events one delivery job sends before the next job goes on (WEBHOOK_BATCH). */
  batch: number;
}

const DAY_SECONDS = 24 * 3600;

function webhooksFrom(env: NodeJS.ProcessEnv, nodeEnv: string): WebhookConfig {
  // retries last at least 24 hours in production (issue 12); tests and development may park sooner
  const parkAfter = duration(env, 'WEBHOOK_PARK_AFTER', DAY_SECONDS, 30 * DAY_SECONDS);
  if (nodeEnv === 'production' && parkAfter < DAY_SECONDS) throw new ConfigError('WEBHOOK_PARK_AFTER must be at least 24h in production');
  return {
    deliver: env.WEBHOOK_DELIVERY ? flag(env, 'WEBHOOK_DELIVERY') : true,
    allowHttpLoopback: flag(env, 'WEBHOOK_ALLOW_HTTP_LOOPBACK'),
    retryBaseMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', 10_000, 10, 3_600_000),
    retryMaxMs: integer(env, 'WEBHOOK_RETRY_MAX_MS', 3_600_000, 10, 86_400_000),
    parkAfterMs: parkAfter * 1000,
    timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
    concurrency: integer(env, 'WEBHOOK_CONCURRENCY', 4, 1, 100),
    pollIntervalMs: integer(env, 'WEBHOOK_POLL_INTERVAL_MS', 2_000, 50, 60_000),
    batch: integer(env, 'WEBHOOK_BATCH', 100, 1, 1000),
  };
}

/**
 * How many requests (GraphQL and CSV) one caller may make per window; 0 turns a limit off. The
 * defaults are far above what an agency system does (a busy user clicks a few times a minute), so
 * only a runaway or hostile client meets them.
 */
export interface RateLimits {
  /** Per user: agency and token subject (RATE_LIMIT_USER_PER_MINUTE). */
  user: number;
  /** Per agency, all its users and systems together (RATE_LIMIT_AGENCY_PER_MINUTE). */
  agency: number;
  /** The window in seconds: a minute; only tests shorten it. */
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { user: 600, agency: 6_000, windowSeconds: 60 };

/**
 * POST /surveys/answers has no caller to count: what is counted is the refused tokens from one
 * address, so that nobody can try token after token. A respondent who mistypes a link a few times
 * stays far below the default; an answer given is never counted (nothing of it is kept).
 */
export interface SurveyAnswerLimits {
  /** Refused tokens from one address per window (SURVEY_TOKEN_FAILURES_PER_HOUR); 0 turns the limit off. */
  failures: number;
  /** The window in seconds: an hour; only tests shorten it. */
  windowSeconds: number;
}

export const DEFAULT_SURVEY_ANSWER_LIMITS: SurveyAnswerLimits = { failures: 20, windowSeconds: 3_600 };

/**
 * What one GraphQL request may ask (OWASP GraphQL cheat sheet). Every agency system's realistic
 * query passes the defaults (the README's examples, a full case page of 100 cases with their
 * follow-ups); a request beyond one is refused before it runs, naming the limit.
 */
export interface QueryLimits {
  /** Nesting of selections (GRAPHQL_MAX_DEPTH). */
  depth: number;
  /** Estimated cost: every field 1, a list's selection times its `first` or a guess (GRAPHQL_MAX_COST). */
  cost: number;
  /** GRAPHQL_MAX_ALIASES */
  aliases: number;
  /** Root fields of the operation (GRAPHQL_MAX_ROOT_FIELDS). */
  rootFields: number;
  /** Lexical tokens, counted while parsing (GRAPHQL_MAX_TOKENS). */
  tokens: number;
  /** GRAPHQL_MAX_DIRECTIVES */
  directives: number;
  /** Operations defined in one document (GRAPHQL_MAX_OPERATIONS). */
  operations: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  depth: 10, cost: 50_000, aliases: 15, rootFields: 10, tokens: 2_000, directives: 10, operations: 5,
};

export interface JwtConfig {
  /** HS256 shared secret (development). */
  secret: string | undefined;
  /** RS256/ES256 verification (production): a JWKS endpoint or a PEM public key. */
  jwksUrl: string | undefined;
  publicKey: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  /** The longest lifetime a token may have (exp − iat), in seconds; tokens must carry `exp`. */
  maxTtlSeconds: number;
  /** How far clocks may disagree, in seconds. */
  clockSkewSeconds: number;
}

/** Tokens live at most this long unless JWT_MAX_TTL says otherwise (a working day). */
const DEFAULT_MAX_TTL_SECONDS = 12 * 3600;
export const CLOCK_SKEW_SECONDS = 60;

/** The development secret `npm start` and `npm run token` share when JWT_SECRET is not set. */
export const DEV_JWT_SECRET = 'casehub-development-secret-do-not-use-in-production';

class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** A duration: seconds, or a number with s, m or h. */
function duration(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d+)\s*([smh]?)$/.exec(raw.trim());
  const seconds = match ? Number(match[1]) * ({ '': 1, s: 1, m: 60, h: 3600 }[match[2]] ?? 1) : NaN;
  if (!(seconds > 0 && seconds <= max)) throw new ConfigError(`${name} must be a duration such as 900, 15m or 12h, at most ${max} s, got "${raw}"`);
  return seconds;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/** A comma-separated list of exact origins (scheme://host[:port]); no wildcard, so the allow-list stays explicit. */
function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const listed = (env[name] ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of listed) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(`${name} must list origins such as https://case.example.lv (scheme, host and port only), got "${origin}"`);
    }
  }
  return listed;
}

/** `proxy-addr`'s names for whole ranges, as Fastify's `trustProxy` takes them. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Addresses or CIDRs (`10.0.0.0/8`, `fd00::/8`, not `/0`) or the range names loopback, linklocal and
 * uniquelocal: never "every address", since a client reaching the hub directly could then write the
 * address it is counted by.
 */
function proxies(env: NodeJS.ProcessEnv, name: string): string[] {
  const listed = (env[name] ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  for (const proxy of listed) {
    const [address, bits, ...rest] = proxy.split('/');
    const family = isIP(address);
    const range = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) >= 1 && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_RANGES.has(proxy) && (family === 0 || !range || rest.length > 0)) {
      throw new ConfigError(`${name} must list proxy addresses or CIDRs (10.0.0.5, 10.0.0.0/8, fd00::/8) or loopback, linklocal, `
        + `uniquelocal; got "${proxy}"`);
    }
  }
  return listed;
}

/** A token guessed in bulk would open the metrics: at least 32 characters. */
function metricsToken(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 32 || /\s/.test(raw)) throw new ConfigError('METRICS_TOKEN must be at least 32 characters, without spaces');
  return raw;
}

function limitsFrom(env: NodeJS.ProcessEnv): QueryLimits {
  const d = DEFAULT_LIMITS;
  return {
    depth: integer(env, 'GRAPHQL_MAX_DEPTH', d.depth, 2, 100),
    cost: integer(env, 'GRAPHQL_MAX_COST', d.cost, 100, 10_000_000),
    aliases: integer(env, 'GRAPHQL_MAX_ALIASES', d.aliases, 0, 1000),
    rootFields: integer(env, 'GRAPHQL_MAX_ROOT_FIELDS', d.rootFields, 1, 100),
    tokens: integer(env, 'GRAPHQL_MAX_TOKENS', d.tokens, 100, 100_000),
    directives: integer(env, 'GRAPHQL_MAX_DIRECTIVES', d.directives, 0, 1000),
    operations: integer(env, 'GRAPHQL_MAX_OPERATIONS', d.operations, 1, 100),
  };
}

/** An IANA time zone the runtime knows (TIME_ZONE), Europe/Riga by default. */
function zoneOf(value: string | undefined): string {
  const zone = value?.trim() || TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
  } catch {
    throw new Error(`TIME_ZONE must be an IANA time zone such as Europe/Riga, not ${zone}`);
  }
  return zone;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'local';
  // the published development secret is only for a local hub on its own embedded database
  const local = nodeEnv !== 'production' && !env.DATABASE_URL;
  const jwt: JwtConfig = {
    secret: env.JWT_SECRET || (local ? DEV_JWT_SECRET : undefined),
    jwksUrl: env.JWT_JWKS_URL || undefined,
    publicKey: env.JWT_PUBLIC_KEY || undefined,
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
    maxTtlSeconds: duration(env, 'JWT_MAX_TTL', DEFAULT_MAX_TTL_SECONDS, 7 * 24 * 3600),
    clockSkewSeconds: CLOCK_SKEW_SECONDS,
  };
  if (!jwt.secret && !jwt.jwksUrl && !jwt.publicKey) {
    throw new ConfigError('set JWT_JWKS_URL or JWT_PUBLIC_KEY (or JWT_SECRET); the built-in development secret '
      + 'is only used with the embedded database');
  }
  if ((jwt.jwksUrl || jwt.publicKey) && (!jwt.issuer || !jwt.audience)) {
    throw new ConfigError('JWT_ISSUER and JWT_AUDIENCE are required with JWT_JWKS_URL or JWT_PUBLIC_KEY');
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    // the development hub, with its published secret, is reachable from this machine only
    host: env.HOST || (local ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    dataDir: env.CASEHUB_DATA_DIR || '.data',
    demoCases: integer(env, 'DEMO_CASES', 500, 0, 10_000_000),
    nodeEnv,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    jwt,
    suppressionThreshold: integer(env, 'SUPPRESSION_THRESHOLD', 5, 5, 1000),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    trustProxy: proxies(env, 'TRUST_PROXY'),
    countSqlStatements: flag(env, 'COUNT_SQL_STATEMENTS'),
    limits: limitsFrom(env),
    // introspection shows the whole schema to whoever asks: not in production unless asked for
    introspection: env.INTROSPECTION ? flag(env, 'INTROSPECTION') : nodeEnv !== 'production',
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 1000),
    dbTimeouts: {
      connectMs: integer(env, 'DB_CONNECT_TIMEOUT_MS', DEFAULT_DB_TIMEOUTS.connectMs, 100, 600_000),
      statementMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', DEFAULT_DB_TIMEOUTS.statementMs, 100, 3_600_000),
      readMs: integer(env, 'DB_READ_TIMEOUT_MS', DEFAULT_DB_TIMEOUTS.readMs, 100, 3_600_000),
    },
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    trustedDocumentsPath: env.TRUSTED_DOCUMENTS || undefined,
    requestDeadlineMs: integer(env, 'REQUEST_DEADLINE_MS', 15_000, 100, 600_000),
    emergencyAccessHours: integer(env, 'EMERGENCY_ACCESS_HOURS', 24, 1, 24),
    timeZone: zoneOf(env.TIME_ZONE),
    backdateWindowDays: integer(env, 'BACKDATE_WINDOW_DAYS', 30, 0, 365),
    referralExpiryDays: integer(env, 'REFERRAL_EXPIRY_DAYS', 14, 1, 365),
    transferExpiryDays: integer(env, 'TRANSFER_EXPIRY_DAYS', 14, 1, 365),
    rateLimits: {
      user: integer(env, 'RATE_LIMIT_USER_PER_MINUTE', DEFAULT_RATE_LIMITS.user, 0, 1_000_000),
      agency: integer(env, 'RATE_LIMIT_AGENCY_PER_MINUTE', DEFAULT_RATE_LIMITS.agency, 0, 10_000_000),
      windowSeconds: DEFAULT_RATE_LIMITS.windowSeconds,
    },
    surveyAnswerLimits: {
      failures: integer(env, 'SURVEY_TOKEN_FAILURES_PER_HOUR', DEFAULT_SURVEY_ANSWER_LIMITS.failures, 0, 1_000_000),
      windowSeconds: DEFAULT_SURVEY_ANSWER_LIMITS.windowSeconds,
    },
    metricsToken: metricsToken(env),
    retentionAfterClosureMonths: retentionAfterClosureMonths(env),
    webhooks: webhooksFrom(env, nodeEnv),
  };
}

/**
 * Ten years: Latvia's general limitation period for claims (Civillikums, 1895. pants). Until it has
 * run out, the client or an agency can still contest what was decided in a case, and the record has
 * to be there intact. A municipality can shorten or lengthen it to match its archive nomenclature.
 */
export const DEFAULT_RETENTION_AFTER_CLOSURE_MONTHS = 120;

/**
 * RETENTION_AFTER_CLOSURE_MONTHS, on its own: the retention command reads it without the rest of
 * the hub's configuration. At least a year, so that a typing slip cannot erase the records of the
 * monitoring after closure (the database refuses anything shorter as well).
 */
export function retentionAfterClosureMonths(env: NodeJS.ProcessEnv = process.env): number {
  return integer(env, 'RETENTION_AFTER_CLOSURE_MONTHS', DEFAULT_RETENTION_AFTER_CLOSURE_MONTHS, 12, 1200);
}

/** HS256 verification with one shared secret and no issuer or audience checks (local hubs, tests, benchmarks). */
export function sharedSecretJwt(secret: string): JwtConfig {
  return { secret, jwksUrl: undefined, publicKey: undefined, issuer: undefined, audience: undefined,
    maxTtlSeconds: DEFAULT_MAX_TTL_SECONDS, clockSkewSeconds: CLOCK_SKEW_SECONDS };
}
