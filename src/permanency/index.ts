/** Permanency plans (pastāvības plāns): the permanent solution the orphan court decides for a child in out-of-family care. */
import { defineModule } from '../kernel/module';
import { CasePermanencyFields } from './case-permanency.fields';
import { PermanencyPlanFields } from './permanency.fields';
import { createPermanencyLoaders } from './permanency.loaders';
import { PermanencyResolver } from './permanency.resolver';

export { PermanencyGoal } from './permanency.types';

export const permanencyModule = defineModule({
  name: 'permanency',
  resolvers: [PermanencyResolver, PermanencyPlanFields, CasePermanencyFields],
  loaders: { key: 'permanency', create: ({ db, principal }) => createPermanencyLoaders(db, principal) },
});
