/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AgencyClientMyCases($first: Int!, $after: String) {\n  cases(first: $first, after: $after) {\n    edges { node { id status targetGroup myRoles } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.AgencyClientMyCasesDocument,
    "query AgencyClientCaseAccess($id: ID!) {\n  case(id: $id) { id access { roles readableFields writableCategories } }\n}": typeof types.AgencyClientCaseAccessDocument,
    "query AgencyClientCaseDetail($id: ID!, $client: Boolean!, $identifiers: Boolean!, $assessment: Boolean!,\n  $health: Boolean!, $plan: Boolean!, $followUps: Boolean!, $placements: Boolean!) {\n  case(id: $id) {\n    id status targetGroup openedOn\n    involvements { role active agency { code name } }\n    client @include(if: $client) { id givenName familyName birthDate personalCode @include(if: $identifiers) address @include(if: $identifiers) }\n    latestAssessment @include(if: $assessment) { id type assessedOn needsSummary healthFindings @include(if: $health) }\n    currentPlan @include(if: $plan) { id version status goals { description } }\n    followUps(first: 5) @include(if: $followUps) { totalCount edges { node { id kind occurredOn summary category } } }\n    placements @include(if: $placements) { id type startsOn endsOn }\n  }\n}": typeof types.AgencyClientCaseDetailDocument,
    "mutation AgencyClientRecordFollowUp($input: AddFollowUpInput!, $key: String!) {\n  addFollowUp(input: $input, idempotencyKey: $key) { id version occurredOn }\n}": typeof types.AgencyClientRecordFollowUpDocument,
};
const documents: Documents = {
    "query AgencyClientMyCases($first: Int!, $after: String) {\n  cases(first: $first, after: $after) {\n    edges { node { id status targetGroup myRoles } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.AgencyClientMyCasesDocument,
    "query AgencyClientCaseAccess($id: ID!) {\n  case(id: $id) { id access { roles readableFields writableCategories } }\n}": types.AgencyClientCaseAccessDocument,
    "query AgencyClientCaseDetail($id: ID!, $client: Boolean!, $identifiers: Boolean!, $assessment: Boolean!,\n  $health: Boolean!, $plan: Boolean!, $followUps: Boolean!, $placements: Boolean!) {\n  case(id: $id) {\n    id status targetGroup openedOn\n    involvements { role active agency { code name } }\n    client @include(if: $client) { id givenName familyName birthDate personalCode @include(if: $identifiers) address @include(if: $identifiers) }\n    latestAssessment @include(if: $assessment) { id type assessedOn needsSummary healthFindings @include(if: $health) }\n    currentPlan @include(if: $plan) { id version status goals { description } }\n    followUps(first: 5) @include(if: $followUps) { totalCount edges { node { id kind occurredOn summary category } } }\n    placements @include(if: $placements) { id type startsOn endsOn }\n  }\n}": types.AgencyClientCaseDetailDocument,
    "mutation AgencyClientRecordFollowUp($input: AddFollowUpInput!, $key: String!) {\n  addFollowUp(input: $input, idempotencyKey: $key) { id version occurredOn }\n}": types.AgencyClientRecordFollowUpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgencyClientMyCases($first: Int!, $after: String) {\n  cases(first: $first, after: $after) {\n    edges { node { id status targetGroup myRoles } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query AgencyClientMyCases($first: Int!, $after: String) {\n  cases(first: $first, after: $after) {\n    edges { node { id status targetGroup myRoles } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgencyClientCaseAccess($id: ID!) {\n  case(id: $id) { id access { roles readableFields writableCategories } }\n}"): (typeof documents)["query AgencyClientCaseAccess($id: ID!) {\n  case(id: $id) { id access { roles readableFields writableCategories } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgencyClientCaseDetail($id: ID!, $client: Boolean!, $identifiers: Boolean!, $assessment: Boolean!,\n  $health: Boolean!, $plan: Boolean!, $followUps: Boolean!, $placements: Boolean!) {\n  case(id: $id) {\n    id status targetGroup openedOn\n    involvements { role active agency { code name } }\n    client @include(if: $client) { id givenName familyName birthDate personalCode @include(if: $identifiers) address @include(if: $identifiers) }\n    latestAssessment @include(if: $assessment) { id type assessedOn needsSummary healthFindings @include(if: $health) }\n    currentPlan @include(if: $plan) { id version status goals { description } }\n    followUps(first: 5) @include(if: $followUps) { totalCount edges { node { id kind occurredOn summary category } } }\n    placements @include(if: $placements) { id type startsOn endsOn }\n  }\n}"): (typeof documents)["query AgencyClientCaseDetail($id: ID!, $client: Boolean!, $identifiers: Boolean!, $assessment: Boolean!,\n  $health: Boolean!, $plan: Boolean!, $followUps: Boolean!, $placements: Boolean!) {\n  case(id: $id) {\n    id status targetGroup openedOn\n    involvements { role active agency { code name } }\n    client @include(if: $client) { id givenName familyName birthDate personalCode @include(if: $identifiers) address @include(if: $identifiers) }\n    latestAssessment @include(if: $assessment) { id type assessedOn needsSummary healthFindings @include(if: $health) }\n    currentPlan @include(if: $plan) { id version status goals { description } }\n    followUps(first: 5) @include(if: $followUps) { totalCount edges { node { id kind occurredOn summary category } } }\n    placements @include(if: $placements) { id type startsOn endsOn }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgencyClientRecordFollowUp($input: AddFollowUpInput!, $key: String!) {\n  addFollowUp(input: $input, idempotencyKey: $key) { id version occurredOn }\n}"): (typeof documents)["mutation AgencyClientRecordFollowUp($input: AddFollowUpInput!, $key: String!) {\n  addFollowUp(input: $input, idempotencyKey: $key) { id version occurredOn }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;