/** Monitoring rules: what is due (reviews, deadlines, stay limits), kept on write in SQL and read by index. */
import { defineModule } from '../kernel/module';
import { CaseDueItemFields } from './case-due-items.fields';
import { DueItemFields } from './due-item.fields';
import { createDueItemLoaders } from './due-item.loaders';
import { DueItemsResolver } from './due-items.resolver';

export { RULES } from './due-items.sql';

export const monitoringModule = defineModule({
  name: 'monitoring',
  resolvers: [DueItemsResolver, DueItemFields, CaseDueItemFields],
  loaders: { key: 'monitoring', create: ({ db, principal }) => createDueItemLoaders(db, principal) },
});
