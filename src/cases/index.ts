/** Cases (lietas): opening, listing, lifecycle, transfer between municipalities. */
import { defineModule } from '../kernel/module';
import { CaseAccessFields } from './case-access.fields';
import { CaseConnectionFields } from './case-connection';
import { CaseManagerFields, CaseWorkerAssignmentFields } from './case-manager.fields';
import { Case, TargetGroup } from './case.entity';
import { CaseFields } from './case.fields';
import { createCaseLoaders } from './case.loaders';
import { CaseResolver } from './case.resolver';
import { CASE_PROJECTIONS } from './case.projection';

export { Case, CaseStatus, IntakeType, TargetGroup } from './case.entity';
export type { ReachedCase } from './case.loaders';
export { caseService, CASE_MANAGER_BASIS } from './case.service';
export { assignCaseWorkerIn } from './case-worker.service';
export { checkEventDate, judgeEventDate } from './event-dates';
export { compactReachChanges } from './reach-count';

export const casesModule = defineModule({
  name: 'cases',
  projections: CASE_PROJECTIONS,
  resolvers: [CaseResolver, CaseFields, CaseConnectionFields, CaseManagerFields, CaseWorkerAssignmentFields, CaseAccessFields],
  entities: [Case],
  loaders: { key: 'cases', create: ({ db, principal, caseAccess, loaders }) => createCaseLoaders(db, principal, caseAccess, loaders.clients) },
  facts: (loaders) => ({
    rolesInCase: (caseId) => loaders.cases.caseRoles.load(caseId),
    agencyRolesInCase: (caseId) => loaders.cases.agencyRoles.load(caseId),
    adultCase: async (caseId) => (await loaders.cases.caseById.load(caseId))?.targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER,
  }),
  referenceCodes: {
    'ClientInput.declaredMunicipalityCode': 'municipality', 'CaseFilter.municipalityCode': 'municipality',
  },
});
