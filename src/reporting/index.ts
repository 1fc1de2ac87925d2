/** Regional aggregates of the DI figures, disclosure-controlled; rollups and month-end snapshots; CSV. */
import { defineModule } from '../kernel/module';
import { SummaryResolver } from './summary.resolver';

export { CSV_QUERY, summaryToCsv } from './csv';
export { suppress } from './disclosure';
export { refreshRollups, rebuildRollups } from './rollups';
export { Cell } from './summary.types';
export type { RegionalSummary } from './summary.types';

export const reportingModule = defineModule({
  name: 'reporting',
  resolvers: [SummaryResolver],
  referenceCodes: { 'Query.regionalSummary.region': 'region', 'Query.trend.region': 'region' },
});
