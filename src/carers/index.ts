/** Carers (audžuģimenes, aizbildņi, adoptētāji, ģimenes tipa mājas): the support centre's register and process, and matching. */
import { defineModule } from '../kernel/module';
import { CarerFields, CarerFormFields, CarerTransitionFields, DevelopmentPlanFields } from './carer.fields';
import { createCarerLoaders } from './carer.loaders';
import { CarerResolver } from './carer.resolver';
import { MatchingResolver } from './matching.resolver';
import { CarerSupportPlanResolver } from './support-plan';

export { CARER_NEXT } from './lifecycle';
export { MATCH_WEIGHTS } from './matching.service';

export const carersModule = defineModule({
  name: 'carers',
  resolvers: [CarerResolver, CarerFields, CarerFormFields, CarerTransitionFields, DevelopmentPlanFields, MatchingResolver,
    CarerSupportPlanResolver],
  loaders: { key: 'carers', create: ({ db, principal }) => createCarerLoaders(db, principal) },
  facts: (loaders) => ({ carerRelations: (carerId: string) => loaders.carers.relationsByCarer.load(carerId) }),
  referenceCodes: { 'RegisterCarerInput.municipalityCode': 'municipality' },
});
