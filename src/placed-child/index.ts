/** The support centre's support plan for a child placed with a family it supports (issue 13; seed 000). */
import { defineModule } from '../kernel/module';
import { CasePlacedChildFields, createPlacedChildLoaders, PlacedChildPlanResolver } from './child-plan';

export const placedChildModule = defineModule({
  name: 'placed-child',
  resolvers: [PlacedChildPlanResolver, CasePlacedChildFields],
  loaders: { key: 'placedChild', create: ({ db, principal }) => createPlacedChildLoaders(db, principal) },
});
