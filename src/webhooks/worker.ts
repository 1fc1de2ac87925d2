import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Logger as WorkerLogger, run } from 'graphile-worker';
import { connectDatabase } from '../kernel/db/data-source';
import { JOB_DB_TIMEOUTS } from '../kernel/db/timeouts';
import { errorForLog, type Logger } from '../kernel/logger';
import { deliver, DeliverySettings } from './delivery';
import { WAKE_SQL } from './wake';

export interface WebhookDeliveryOptions {
  /** The database as the serving role: the job queue and the feed. */
  databaseUrl: string;
  settings: DeliverySettings;
  /** Deliveries running at once on this instance (WEBHOOK_CONCURRENCY): each is one subscription. */
  concurrency: number;
  /** How often the queue is polled for jobs scheduled in the future (retries); new jobs are announced at once. */
  pollIntervalMs: number;
  log: Logger;
}

export interface WebhookDelivery {
  /** Stops taking jobs, gives up a POST in flight (it is sent again later) and lets go of every lease. */
  stop(): Promise<void>;
}

/**
 * Lapsed leases and missed wake-ups are picked up here: every minute, a job for each active subscription
 * that is neither leased nor waiting out a backoff (an instance that died while delivering leaves its
 * subscription leased until the lease lapses; nothing else wakes it when no new change comes).
 */
const SWEEP_SQL = `SELECT graphile_worker.add_job('webhook_delivery', json_build_object('subscriptionId', id))
  FROM webhook_subscription WHERE state = 'ACTIVE' AND (next_attempt_at IS NULL OR next_attempt_at <= now())
   AND (lease_until IS NULL OR lease_until < now())`;

/** graphile-worker's log lines into the hub's log (its own are about jobs, never about case data). */
function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger(() => (level, message) => {
    if (level === 'error' || level === 'warning') log.warn({ component: 'job-queue' }, message);
    else log.debug({ component: 'job-queue' }, message);
  });
}

/**
 * Webhook delivery inside the hub: a graphile-worker runner on a pool of its own. Every instance runs
 * one; a subscription's lease makes one of them deliver it at a time, in feed order.
 */
export async function startWebhookDelivery(options: WebhookDeliveryOptions): Promise<WebhookDelivery> {
  const { log, settings } = options;
  const db = await connectDatabase({ url: options.databaseUrl, poolSize: options.concurrency + 1, timeouts: JOB_DB_TIMEOUTS });
  const stopping = new AbortController();
  const instance = `${hostname()}:${process.pid}:${randomUUID()}`;
  const runner = await run({
    connectionString: options.databaseUrl,
    maxPoolSize: options.concurrency + 2,
    concurrency: options.concurrency,
    pollInterval: options.pollIntervalMs,
    noHandleSignals: true,
    logger: workerLogger(log),
    crontab: '* * * * * webhook_sweep',
    taskList: {
      webhook_delivery: async (payload, helpers) => {
        const id = String((payload as { subscriptionId?: unknown }).subscriptionId);
        try {
          await deliver({
            db, settings, holder: `${instance}:${helpers.job.id}`, signal: AbortSignal.any([stopping.signal, helpers.abortSignal]),
            wake: async (runAt) => { await db.query(WAKE_SQL, [id, runAt]); },
          }, id);
        } catch (error) {
          // retried by the queue with its own backoff; the message (it may quote values) stays out of the log
          if (!stopping.signal.aborted) log.warn({ subscription: id, err: errorForLog(error) }, 'webhook delivery job failed');
          throw new Error('webhook delivery job failed');
        }
      },
      webhook_sweep: async () => { await db.query(SWEEP_SQL); },
    },
  });
  return {
    async stop() {
      stopping.abort();
      await runner.stop().catch(() => {});
      await db.destroy().catch(() => {});
    },
  };
}
