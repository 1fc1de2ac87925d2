/** How long the hub waits on the database before it answers 503 instead of hanging (DB_* settings). */
export interface DatabaseTimeouts {
  /** A new connection, and a free one from a full pool. */
  connectMs: number;
  /** One statement, enforced by PostgreSQL (it cancels the statement; the transaction rolls back). */
  statementMs: number;
  /** One statement's answer, enforced by the hub: a stalled server (a partition, a frozen primary) never answers. */
  readMs: number;
}

/** The hub's own read timeout comes last, so PostgreSQL's cancel (and its rollback) usually comes first. */
export const DEFAULT_DB_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 4_500, readMs: 5_000 };

/** Background jobs (rollups, snapshots, sweeps) on a pool of their own: long statements, no read timeout. */
export const JOB_DB_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 0, readMs: 0 };
