/** Placements (ievietošana): where the client lives, decided by the orphan court (an adult's by the social service). */
import { defineModule } from '../kernel/module';
import { CasePlacementFields } from './case-placements.fields';
import { ExitResolver } from './exit.resolver';
import { Placement } from './placement.entity';
import { PlacementFields } from './placement.fields';
import { createPlacementLoaders } from './placement.loaders';
import { PlacementResolver } from './placement.resolver';
import { StayLimitExceptionFields } from './stay-exception.fields';
import { StayExceptionResolver } from './stay-exception.resolver';

export { ExitDestination, FosterForm, Placement, PlacementType } from './placement.entity';
export { PlacementDetailsInput } from './placement.inputs';
export { placeClient } from './placement.service';
export { ageInYears, youthHomeServiceRefusal, YOUTH_HOME_AGES } from './age-rules';

export const placementsModule = defineModule({
  name: 'placements',
  resolvers: [PlacementResolver, StayExceptionResolver, ExitResolver, PlacementFields, StayLimitExceptionFields, CasePlacementFields],
  entities: [Placement],
  loaders: { key: 'placements', create: ({ db, principal }) => createPlacementLoaders(db, principal) },
  referenceCodes: { 'PlacementDetailsInput.providerAgencyCode': 'agency', 'RecordPlacementInput.providerAgencyCode': 'agency' },
});
