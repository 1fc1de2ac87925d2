import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes, RLWrapperTimeouts } from 'rate-limiter-flexible';
import type { RateLimits, SurveyAnswerLimits } from '../kernel/config';
import { errorForLog, type Logger } from '../kernel/logger';
import type { Principal } from '../kernel/principal';
import type { HubMetrics } from './metrics';

/** The table of migrations/1763901200000-RateLimits.ts (the hub's role cannot create it). */
const TABLE = 'rate_limit';

/**
 * A count takes a millisecond; one that takes longer than this means a database in trouble (or a
 * pool full of requests), and the request goes on unchecked rather than waiting.
 */
const STORE_TIMEOUT_MS = 500;

/**
 * After the store failed, requests go unchecked for this long without asking it: during an outage
 * each request meets the database's own failure at once, not after a rate-limit timeout first.
 */
const STORE_PAUSE_MS = 2_000;

type Scope = 'user' | 'agency';

interface Refusal {
  scope: Scope;
  /** The limit: requests per window. */
  points: number;
  retryAfterSeconds: number;
}

/**
 * Requests per user and per agency in a fixed window, counted in PostgreSQL (rate-limiter-flexible)
 * so every instance counts the same requests. Over a limit: HTTP 429 RATE_LIMITED with
 * `retry-after`. When the store fails, the request goes through (it then meets the database's own
 * failure) and is counted in the metrics.
 */
export class RequestRateLimits {
  private readonly limiters: { scope: Scope; points: number; limiter: RLWrapperTimeouts }[] = [];
  private pausedUntil = 0;
  private readonly window: string;

  constructor(pool: Pool, limits: RateLimits, private readonly metrics: HubMetrics, private readonly log: Logger) {
    this.window = limits.windowSeconds === 60 ? 'a minute' : `per ${limits.windowSeconds} s`;
    const scopes: [Scope, number][] = [['user', limits.user], ['agency', limits.agency]];
    for (const [scope, points] of scopes.filter(([, p]) => p > 0)) {
      const store = new RateLimiterPostgres({
        storeClient: pool, storeType: 'pool', tableName: TABLE, tableCreated: true, keyPrefix: scope,
        points, duration: limits.windowSeconds,
        // one sweep of expired rows (every 5 min) is enough for the shared table
        clearExpiredByTimeout: this.limiters.length === 0,
        // a caller over the limit is refused from memory until the window ends, sparing the database the flood
        inMemoryBlockOnConsumed: points + 1,
      });
      this.limiters.push({ scope, points, limiter: new RLWrapperTimeouts({ limiter: store, timeoutMs: STORE_TIMEOUT_MS }) });
    }
  }

  /** The scope whose limit the request is over and when to try again, or null to let it through. */
  async check(principal: Principal): Promise<Refusal | null> {
    if (this.limiters.length === 0) return null;
    if (Date.now() < this.pausedUntil) {
      this.metrics.rateLimitStoreFailed();
      return null;
    }
    // the user's key is a digest: the token's subject is not kept in a working table
    const keys: Record<Scope, string> = {
      user: createHash('sha256').update(`${principal.agency.id}\n${principal.userId}`).digest('base64url'),
      agency: principal.agency.id,
    };
    const results = await Promise.allSettled(this.limiters.map(({ scope, limiter }) => limiter.consume(keys[scope])));
    let refused: Refusal | null = null;
    let failed: unknown = null;
    for (const [i, result] of results.entries()) {
      if (result.status === 'fulfilled') continue;
      if (result.reason instanceof RateLimiterRes) {
        // over both limits: the later retry is the one that helps
        const retryAfterSeconds = Math.max(1, Math.ceil(result.reason.msBeforeNext / 1000));
        if (!refused || retryAfterSeconds > refused.retryAfterSeconds) {
          refused = { scope: this.limiters[i].scope, points: this.limiters[i].points, retryAfterSeconds };
        }
      } else {
        failed = result.reason;
      }
    }
    if (refused) return refused;
    if (failed) {
      this.pausedUntil = Date.now() + STORE_PAUSE_MS;
      this.metrics.rateLimitStoreFailed();
      this.log.warn({ err: errorForLog(failed) }, 'rate limits unavailable; requests go unchecked for a moment');
    }
    return null;
  }

  /** The hook after authentication (route-level `onRequest`, after `requireCaller`). */
  hook(principalOf: (request: FastifyRequest) => Principal | undefined) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const principal = principalOf(request);
      if (!principal || reply.sent) return;
      const refused = await this.check(principal);
      if (!refused) return;
      this.metrics.rateLimited(refused.scope);
      const whose = refused.scope === 'user' ? 'you' : 'your agency';
      return reply.code(429).header('retry-after', String(refused.retryAfterSeconds)).send({ errors: [{
        message: `Too many requests: ${whose} may make ${refused.points} ${this.window}; try again in ${refused.retryAfterSeconds} s`,
        extensions: { code: 'RATE_LIMITED' },
      }] });
    };
  }
}

/**
 * Refused tokens at POST /surveys/answers per address, in the same PostgreSQL table: past the limit
 * every answer from that address is refused 429 until the window ends, so tokens cannot be guessed
 * one after another (or by several instances at once). Only refusals are counted; an accepted answer
 * is only checked against the count, never written to it, so no row tells that or when an address
 * answered. The address is kept as a digest. A store that fails refuses the answer (500): a
 * guesser must not gain by an outage, and the token of a respondent stays usable.
 */
export class SurveyTokenGuessing {
  private readonly store: RateLimiterPostgres | null;

  constructor(pool: Pool, private readonly limits: SurveyAnswerLimits) {
    this.store = limits.failures > 0 ? new RateLimiterPostgres({
      storeClient: pool, storeType: 'pool', tableName: TABLE, tableCreated: true, keyPrefix: 'survey-token-refused',
      points: limits.failures, duration: limits.windowSeconds, clearExpiredByTimeout: false,
    }) : null;
  }

  private static key(address: string): string {
    return createHash('sha256').update(`survey\n${address}`).digest('base64url');
  }

  /** Seconds to wait when the address is over its limit, or null to take its answer. */
  async retryAfter(address: string): Promise<number | null> {
    if (!this.store) return null;
    const counted = await this.store.get(SurveyTokenGuessing.key(address));
    if (!counted || counted.consumedPoints < this.limits.failures) return null;
    return Math.max(1, Math.ceil(counted.msBeforeNext / 1000));
  }

  /** Counts one refused token from the address. */
  async refused(address: string): Promise<void> {
    if (!this.store) return;
    await this.store.consume(SurveyTokenGuessing.key(address)).catch((error: unknown) => {
      // over the limit already: the count is what matters, and it went up
      if (!(error instanceof RateLimiterRes)) throw error;
    });
  }
}
