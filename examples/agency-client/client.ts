/**
 * An agency system's client of casehub, as an integrator would write it: documents typed by GraphQL
 * Code Generator's client preset (`npm run codegen` writes ./gql from schema/schema.graphql), sent with
 * graphql-request under its default settings (any error in an answer throws). It
 *   1. pages through the caller's cases (`after: pageInfo.endCursor` while `hasNextPage`),
 *   2. asks a case what its roles there may read and write (`Case.access`), then reads the case asking
 *      only those fields (`@include(if:)` per part), so no field is withheld and no error comes back,
 *   3. records a follow-up where it may write them, with an idempotency key: a retry of the same
 *      request (e.g. after a timeout) returns the first result and records nothing twice.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLClient } from 'graphql-request';
import { graphql } from './gql';
import type { AgencyClientMyCasesQuery } from './gql/graphql';

const MY_CASES = graphql(`query AgencyClientMyCases($first: Int!, $after: String) {
  cases(first: $first, after: $after) {
    edges { node { id status targetGroup myRoles } }
    pageInfo { hasNextPage endCursor }
  }
}`);

const CASE_ACCESS = graphql(`query AgencyClientCaseAccess($id: ID!) {
  case(id: $id) { id access { roles readableFields writableCategories } }
}`);

/** The case, each part asked only when the hub said the caller may read it. */
export const CASE_DETAIL = graphql(`query AgencyClientCaseDetail($id: ID!, $client: Boolean!, $identifiers: Boolean!, $assessment: Boolean!,
  $health: Boolean!, $plan: Boolean!, $followUps: Boolean!, $placements: Boolean!) {
  case(id: $id) {
    id status targetGroup openedOn
    involvements { role active agency { code name } }
    client @include(if: $client) { id givenName familyName birthDate personalCode @include(if: $identifiers) address @include(if: $identifiers) }
    latestAssessment @include(if: $assessment) { id type assessedOn needsSummary healthFindings @include(if: $health) }
    currentPlan @include(if: $plan) { id version status goals { description } }
    followUps(first: 5) @include(if: $followUps) { totalCount edges { node { id kind occurredOn summary category } } }
    placements @include(if: $placements) { id type startsOn endsOn }
  }
}`);

const RECORD_FOLLOW_UP = graphql(`mutation AgencyClientRecordFollowUp($input: AddFollowUpInput!, $key: String!) {
  addFollowUp(input: $input, idempotencyKey: $key) { id version occurredOn }
}`);

/** Each part of the case detail and the field coordinates it reads (all of them must be readable). */
const PARTS = {
  client: ['Case.client', 'Client.givenName', 'Client.familyName', 'Client.birthDate'],
  identifiers: ['Client.personalCode', 'Client.address'],
  assessment: ['Case.latestAssessment', 'Assessment.type', 'Assessment.assessedOn', 'Assessment.needsSummary'],
  health: ['Assessment.healthFindings'],
  plan: ['Case.currentPlan', 'SupportPlan.version', 'SupportPlan.status', 'SupportPlan.goals', 'PlanGoal.description'],
  followUps: ['Case.followUps'],
  placements: ['Case.placements', 'Placement.type', 'Placement.startsOn', 'Placement.endsOn'],
} as const;

export interface AgencyClientOptions {
  url: string;
  token: string;
  /** Cases per page (at most 100); 50 when not given. */
  pageSize?: number;
  /** The case to read; the first of the caller's cases when not given. */
  caseId?: string;
  /** What to record as a follow-up, when the caller's roles in the case may write follow-ups. */
  followUp?: { occurredOn: string; summary: string };
  /** The idempotency key of the follow-up: a new one per follow-up, the same one for every retry of it. */
  idempotencyKey?: string;
}

export async function runAgencyClient(options: AgencyClientOptions) {
  const hub = new GraphQLClient(`${options.url}/graphql`, { headers: { authorization: `Bearer ${options.token}` } });

  const cases: AgencyClientMyCasesQuery['cases']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const page: AgencyClientMyCasesQuery['cases'] = (await hub.request(MY_CASES, { first: options.pageSize ?? 50, after })).cases;
    cases.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }

  const caseId = options.caseId ?? cases[0]?.id;
  if (!caseId) return { cases, detail: null, followUp: null };
  const access = (await hub.request(CASE_ACCESS, { id: caseId })).case?.access;
  const readable = new Set(access?.readableFields ?? []);
  const may = (part: keyof typeof PARTS) => PARTS[part].every((coordinate) => readable.has(coordinate));
  const detail = (await hub.request(CASE_DETAIL, {
    id: caseId, client: may('client'), identifiers: may('identifiers'), assessment: may('assessment'), health: may('health'),
    plan: may('plan'), followUps: may('followUps'), placements: may('placements'),
  })).case;

  let followUp = null;
  if (options.followUp && access?.writableCategories.includes('FOLLOW_UP')) {
    const input = { caseId, kind: 'HOME_VISIT' as const, category: 'FOLLOW_UP' as const, ...options.followUp };
    followUp = (await hub.request(RECORD_FOLLOW_UP, { input, key: options.idempotencyKey ?? randomUUID() })).addFollowUp;
  }
  return { cases, access, detail, followUp };
}
