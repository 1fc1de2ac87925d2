import { DataSource } from 'typeorm';
import { syncCaseReaders } from '../access/case-readers';
import type { Logger } from '../kernel/logger';
import { formatReport, referenceChanged, ReferenceReport, syncReference } from './sync';

/**
 * At start-up (and after `npm run migrate`): the registers in the database are brought to the
 * sources this version of the hub ships, and the policy's read pairs to its policy table, under the
 * caller's preparation lock. What changed is logged; a start-up that changes nothing logs nothing.
 */
export async function loadReferenceData(db: DataSource, log?: Logger): Promise<ReferenceReport> {
  const report = await syncReference(db);
  if (log && referenceChanged(report)) log.info({ changes: formatReport(report).slice(1) }, 'reference data synced');
  if (await syncCaseReaders(db)) log?.info('the policy\'s read pairs changed: every involvement\'s latest visible change worked out again');
  return report;
}
