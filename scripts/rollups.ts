/**
 * `npm run rollups:rebuild`: rebuilds every report rollup from the source tables, then builds the
 * month-end snapshots that are missing or stale, every past month since the first dated fact
 * (DATABASE_URL or the embedded database).
 */
import { rebuildRollups } from '../src/reporting/rollups';
import { refreshSnapshots } from '../src/reporting/snapshots';
import { runScript, withDatabase } from './with-database';

runScript(() => withDatabase(async (db) => {
  let started = Date.now();
  const count = await rebuildRollups(db, null);
  console.log(`rebuilt the report rollups of ${count} municipalities in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  const built = await refreshSnapshots(db, {
    all: true, wait: true,
    onBuilt: (month, cls, regions, ms) => console.error(`  snapshot ${month.slice(0, 7)} ${cls} (${regions.length} regions) ${(ms / 1000).toFixed(1)} s`),
  });
  console.log(`built ${built} month-end snapshots (month × class) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}));
