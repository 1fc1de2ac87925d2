/**
 * `npm run alerts:raise`: raises the alerts of overdue items now, as the hub's 10-minute job does
 * (DATABASE_URL or the embedded database). After a bulk load its first run looks at every item.
 */
import { raiseOverdueAlerts } from '../src/alerts';
import { runScript, withDatabase } from './with-database';

runScript(() => withDatabase(async (db) => {
  const started = Date.now();
  const raised = await raiseOverdueAlerts(db);
  console.log(`raised ${raised} alerts of overdue items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}));
