import { DataSource } from 'typeorm';
import { Sql } from '../kernel/db/sql';
import { closedLongerAgoCutoff, today } from '../kernel/dates';
import type { Logger } from '../kernel/logger';

/**
 * Storage limitation: a client every one of whose cases has been closed for longer than the
 * retention period is pseudonymised by `pseudonymise_client` (migration 1763901500000): identifiers
 * and the free text of their cases removed, everything the figures and the audit count kept.
 */

/** A client the rule reaches, as a dry run lists it: an id and a date, never a name or a code. */
export interface RetentionCandidate {
  clientId: string;
  /** The closing date of the client's latest case. */
  lastClosedOn: string;
}

export interface RetentionRun {
  /** Cases closed before this date count as closed longer than the period. */
  closedBefore: string;
  /** Clients pseudonymised by this run. */
  pseudonymised: number;
  /** Clients found but left for the next run: a write on one of their cases was in flight, or the rule no longer held. */
  skipped: number;
  batches: number;
}

export interface RetentionOptions {
  /** RETENTION_AFTER_CLOSURE_MONTHS */
  months: number;
  /** The Latvian date judged by; today unless a test or a dry run says otherwise. */
  today?: string;
  log?: Logger;
  /** Clients per transaction; only tests make it smaller. */
  batchClients?: number;
}

/**
 * Clients per transaction. Each client is a subtransaction of its batch (the function gives up on a
 * busy client without undoing the others), and PostgreSQL keeps at most 64 of those per transaction
 * in shared memory before every other session's snapshots get slower.
 */
const BATCH_CLIENTS = 50;

/**
 * Every client whose cases are all closed before the cut, not yet pseudonymised, in one statement:
 * the cases closed before the cut from care_case_closed_idx, each client's other cases from
 * care_case_client_idx, the client by its key.
 */
const CANDIDATES = `
  SELECT c.client_id AS "clientId", max(c.closed_on)::text AS "lastClosedOn"
    FROM care_case c
   WHERE c.status = 'CLOSED' AND c.closed_on < $1::date
     AND NOT EXISTS (SELECT 1 FROM care_case other WHERE other.client_id = c.client_id
                        AND (other.status <> 'CLOSED' OR other.closed_on >= $1::date))
     AND EXISTS (SELECT 1 FROM client cl WHERE cl.id = c.client_id AND cl.pseudonymised_at IS NULL)
   GROUP BY c.client_id
   ORDER BY c.client_id`;

/** The cut for a period of `months` months, judged on `day` (a Latvian date). */
export function retentionCutoff(months: number, day = today()): string {
  return closedLongerAgoCutoff(day, months);
}

/** Who the rule reaches now; reads only (what a dry run shows). */
export async function retentionCandidates(db: Sql, { months, today: day }: RetentionOptions): Promise<{ closedBefore: string; candidates: RetentionCandidate[] }> {
  const closedBefore = retentionCutoff(months, day);
  const candidates: RetentionCandidate[] = await db.query(CANDIDATES, [closedBefore]);
  return { closedBefore, candidates };
}

/**
 * Pseudonymises every client the rule reaches, in batches of one transaction each. Idempotent: a
 * pseudonymised client is no longer found, and the function checks the rule again under locks, so
 * a run at the same time as another (or as a write) does nothing twice and nothing wrong.
 */
export async function applyRetention(db: DataSource, options: RetentionOptions): Promise<RetentionRun> {
  const { closedBefore, candidates } = await retentionCandidates(db, options);
  const run: RetentionRun = { closedBefore, pseudonymised: 0, skipped: 0, batches: 0 };
  const size = options.batchClients ?? BATCH_CLIENTS;
  for (let from = 0; from < candidates.length; from += size) {
    const batch = candidates.slice(from, from + size).map((c) => c.clientId);
    const [{ done }]: { done: number }[] = await db.transaction((tx) => tx.query(
      `SELECT count(*) FILTER (WHERE done)::int AS done FROM unnest($1::uuid[]) AS id, LATERAL pseudonymise_client(id, $2::date) AS done`,
      [batch, closedBefore]));
    run.pseudonymised += done;
    run.skipped += batch.length - done;
    run.batches += 1;
  }
  // counts and a date only: which clients is for the dry run to show, to whoever runs it
  options.log?.info({ job: 'retention', ...run }, 'retention: clients pseudonymised');
  return run;
}
