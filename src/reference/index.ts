/** Reference data: planning regions, municipalities, the agency register, service prices, foster care form rules, the provider register and the homes' size limits (synced from data/), staff the hub knows by name. */
import { defineModule } from '../kernel/module';
import { Agency } from './agency.entity';
import { Municipality } from './municipality.entity';
import { createReferenceLoaders } from './reference.loaders';
import { MunicipalityIdField, RegionIdField } from './reference-ids.fields';
import { ReferenceResolver } from './reference.resolver';
import { Region } from './region.entity';
import { StaffMember } from './staff-member.entity';
import { AGENCY_PROJECTIONS } from './agency.projection';

export { Agency } from './agency.entity';
export { agencyOf } from './agency-field';
export { agencyLink } from './agency.projection';
export { CARE_LEVELS, scenarioFor, scenarioMonthlyEur } from './care-levels';
export { PLAN_TEMPLATES } from './plan-templates';
export { requiredSectionsFromDatabase, TARGET_GROUPS } from './sources';
export type { PlanTemplates } from './plan-templates';
export type { CareLevels, CareScenario, LivingArrangement } from './care-levels';
export { Municipality } from './municipality.entity';
export { loadReferenceData } from './load-reference';
export { formatReport, referenceChanged, syncReference } from './sync';
export type { ReferenceReport, RegisterChanges } from './sync';
export { readReferenceSources, REFERENCE_SOURCES } from './sources';
export { carerFormRule } from './carer-form-rules';
export { placementLimitRule, servesHardestCases } from './placement-limit-rules';
export { unknownCodes } from './known-codes';
export type { AgeGroup, AgencyRecord, CarerAgeBand, CarerFormRule, MunicipalityRecord, PlacementLimitRecord, ReferenceSources } from './sources';
export { AgencyLoader } from './reference.loaders';

export const referenceModule = defineModule({
  name: 'reference',
  projections: AGENCY_PROJECTIONS,
  resolvers: [ReferenceResolver, MunicipalityIdField, RegionIdField],
  entities: [Region, Municipality, Agency, StaffMember],
  loaders: { key: 'reference', create: ({ db }) => createReferenceLoaders(db) },
  referenceCodes: { 'Query.agencies.municipalityCode': 'municipality', 'Query.municipalities.regionCode': 'region' },
});
