import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { buildPermissions } from '../access/rules';
import { AccessLogFields } from '../access-log/access-log.fields';
import { AccessLogResolver } from '../access-log/access-log.resolver';
import { CaseTransferFields } from '../cases/transfer.fields';
import { DiscoveryResolver } from '../discovery/discovery.resolver';
import { AssessmentFields } from '../assessments/assessment.fields';
import { AssessmentResolver } from '../assessments/assessment.resolver';
import { CaseConnectionFields } from '../cases/case-connection';
import { CaseManagerFields } from '../cases/case-manager.fields';
import { CaseFields } from '../cases/case.fields';
import { CaseResolver } from '../cases/case.resolver';
import { FollowUpConnectionFields } from '../follow-ups/follow-up-connection';
import { FollowUpFields } from '../follow-ups/follow-up.fields';
import { FollowUpResolver } from '../follow-ups/follow-up.resolver';
import { InvolvementFields } from '../involvements/involvement.fields';
import { InvolvementResolver } from '../involvements/involvement.resolver';
import { MentorAssignmentFields } from '../mentors/mentor.fields';
import { MentorResolver } from '../mentors/mentor.resolver';
import { DueItemFields } from '../monitoring/due-item.fields';
import { DueItemsResolver } from '../monitoring/due-items.resolver';
import { PlacementFields } from '../placements/placement.fields';
import { PlacementResolver } from '../placements/placement.resolver';
import { PlanServiceFields, PlanTaskFields, SupportPlanFields } from '../plans/plan.fields';
import { PlanResolver } from '../plans/plan.resolver';
import { ReferenceResolver } from '../reference/reference.resolver';
import { SummaryResolver } from '../reporting/summary.resolver';
import { ProviderTransitionResolver } from '../provider-moves/provider-move.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver list type
const RESOLVERS: NonEmptyArray<Function> = [
  ReferenceResolver,
  CaseResolver, CaseFields, CaseConnectionFields, CaseManagerFields,
  InvolvementResolver, InvolvementFields,
  AssessmentResolver, AssessmentFields,
  PlanResolver, SupportPlanFields, PlanTaskFields, PlanServiceFields,
  FollowUpResolver, FollowUpFields, FollowUpConnectionFields,
  PlacementResolver, PlacementFields,
  CaseTransferFields,
  DiscoveryResolver,
  AccessLogResolver, AccessLogFields,
  MentorResolver, MentorAssignmentFields,
  ProviderTransitionResolver,
  DueItemsResolver, DueItemFields,
  SummaryResolver,
];

/** The schema as the code defines it, without permissions: what `schema/schema.graphql` holds. */
export function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}

/** The served schema: every field behind the rules generated from the access policy. */
export async function buildServedSchema(): Promise<GraphQLSchema> {
  return applyMiddleware(await buildBareSchema(), buildPermissions());
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
