/** `npm run rollups:rebuild`: rebuilds every report rollup from the source tables (DATABASE_URL or the embedded database). */
import { rebuildRollups } from '../src/reporting/rollups';
import { runScript, withDatabase } from './with-database';

runScript(() => withDatabase(async (db) => {
  const started = Date.now();
  const count = await rebuildRollups(db, null);
  console.log(`rebuilt the report rollups of ${count} municipalities in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}));
