import { TestHub } from './hub';

/**
 * Waits until the change feed gives every change committed in the hub's database so far. The feed gives
 * a change once no older transaction is still running anywhere in the cluster, and another suite's may
 * be: a test that takes "the end of the feed now" as a starting point must wait for this first.
 */
export async function feedCaughtUp(hub: TestHub, boundMs = 60_000): Promise<void> {
  const from = Date.now();
  for (;;) {
    const [{ passed }]: { passed: boolean }[] = await hub.db.query(
      'SELECT coalesce(max(xact_id) < pg_snapshot_xmin(pg_current_snapshot()), true) AS passed FROM change_event');
    if (passed) return;
    if (Date.now() - from > boundMs) throw new Error(`the change feed did not catch up within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
