/**
 * Adds a delivery job for subscription $1, to run at $2 (now when null): graphile-worker's own
 * function, so a job added in a transaction exists exactly when the transaction commits. A job only
 * wakes the subscription; which events it delivers is read from the feed when it runs.
 */
export const WAKE_SQL = `SELECT graphile_worker.add_job('webhook_delivery', json_build_object('subscriptionId', $1::uuid),
  run_at := COALESCE($2::timestamptz, now()))`;
