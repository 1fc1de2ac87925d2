/** Support plans (atbalsta plāni): versions, goals, tasks, the services basket and the individual transition plan. */
import { defineModule } from '../kernel/module';
import { CasePlanFields } from './case-plans.fields';
import { PlanServiceFields, PlanTaskFields, SupportPlanFields } from './plan.fields';
import { createPlanLoaders } from './plan.loaders';
import { PlanResolver } from './plan.resolver';
import { PlannedContactFields, PlanSectionFields } from './plan-sections.fields';
import { SiblingLinkFields } from './sibling-link.fields';
import { SiblingLinkResolver } from './sibling-link.resolver';
import { SupportPlan } from './support-plan.entity';
import { TransitionTeamMemberFields } from './transition-team.fields';
import { PLAN_PROJECTIONS } from './plan.projection';

export { ServiceType } from './service-type';
// carer matching keeps siblings together: the sibling cases a caller may see (scoped in SQL as Case.siblingLinks)
export { linkedSiblingCasesSql } from './sibling-links';
export { PlanSection, AgreementStatus, GoalOutcome } from './plan-sections.types';
export { PlanStatus, PreparationVisitPlace, ServicePeriod, ServiceUnit, SupportPlan, TaskStatus } from './support-plan.entity';

export const plansModule = defineModule({
  name: 'plans',
  projections: PLAN_PROJECTIONS,
  resolvers: [PlanResolver, SupportPlanFields, PlanSectionFields, PlannedContactFields, SiblingLinkResolver, SiblingLinkFields, PlanTaskFields, PlanServiceFields, TransitionTeamMemberFields, CasePlanFields],
  entities: [SupportPlan],
  loaders: { key: 'plans', create: ({ db, principal }) => createPlanLoaders(db, principal) },
  facts: (loaders) => ({ caseOfPlan: (id) => loaders.plans.caseOfPlan.load(id) }),
  referenceCodes: { 'PlanTaskInput.responsibleAgencyCode': 'agency', 'PlanServiceInput.providerAgencyCode': 'agency',
    'TransitionTeamMemberInput.agencyCode': 'agency', 'PlannedContactInput.agencyCode': 'agency' },
});
