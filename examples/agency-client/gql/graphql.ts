/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A follow-up to record in a case: a contact with the client, what happened, filed under a category */
export type AddFollowUpInput = {
  /** The case (its id) */
  caseId: string | number;
  /** Under which category to file it (who may read it follows from this) */
  category?: FollowUpCategory;
  /** What kind of contact */
  kind: FollowUpKind;
  /** When it happened; not in the future */
  occurredOn: string;
  /** Recommendations */
  recommendations?: string | null | undefined;
  /** What happened */
  summary: string;
};

/** Kinds of assessment */
export type AssessmentType =
  /** Care level assessment (aprūpes līmenis) */
  | 'CARE_LEVEL'
  /** Assessment at a home visit */
  | 'HOME_VISIT'
  /** The first assessment */
  | 'INITIAL'
  /** Needs and quality of life */
  | 'NEEDS_AND_QUALITY_OF_LIFE'
  /** A repeated assessment */
  | 'REASSESSMENT'
  /** Risk factors */
  | 'RISK_FACTORS';

/** Where a case stands in its lifecycle (intake → … → closed) */
export type CaseStatus =
  /** The client's needs are being assessed (izvērtēšana) */
  | 'ASSESSMENT'
  /** Closed */
  | 'CLOSED'
  /** The results are being evaluated (izvērtēšana) */
  | 'EVALUATION'
  /** The support plan is carried out (īstenošana) */
  | 'IMPLEMENTATION'
  /** Opened; the first contact is being recorded (uzņemšana) */
  | 'INTAKE'
  /** The support plan is being drawn up (plānošana) */
  | 'PLANNING'
  /** Closed for services, still visited for a while after (pēcuzraudzība) */
  | 'POST_CLOSURE_MONITORING';

/** A data category of the access policy */
export type Category =
  /** The social assessment */
  | 'ASSESSMENT'
  /** Case administration: status, dates, involvements, history */
  | 'CASE'
  /** The child's own views */
  | 'CHILD_VOICE'
  /** Family life (third persons) */
  | 'FAMILY'
  /** Follow-ups and situation reviews */
  | 'FOLLOW_UP'
  /** Health (a special category of data) */
  | 'HEALTH'
  /** Identifiers and contact: personal code, address, phone */
  | 'IDENTIFIER'
  /** Who the client is: name, birth date, gender */
  | 'IDENTITY'
  /** Out-of-family care placements and court decisions */
  | 'PLACEMENT'
  /** The support plan and its services */
  | 'PLAN'
  /** Child protection and safety */
  | 'SAFETY';

/** What a follow-up is about; decides who may read it */
export type FollowUpCategory =
  /** Family life */
  | 'FAMILY'
  /** An ordinary follow-up */
  | 'FOLLOW_UP'
  /** Health */
  | 'HEALTH'
  /** Safety */
  | 'SAFETY';

/** Kinds of follow-up */
export type FollowUpKind =
  /** A crisis intervention */
  | 'CRISIS'
  /** A home visit (mājas vizīte) */
  | 'HOME_VISIT'
  /** A meeting */
  | 'MEETING'
  /** A phone call */
  | 'PHONE'
  /** A visit after closure */
  | 'POST_CLOSURE_MONITORING'
  /** A review of the situation */
  | 'SITUATION_REVIEW';

/** The part an agency plays in a case */
export type InvolvementRole =
  /** The team assessing the client's needs */
  | 'ASSESSMENT_TEAM'
  /** The social service managing the case */
  | 'CASE_MANAGER'
  /** The provider the client lives with or is served by now */
  | 'CURRENT_PROVIDER'
  /** Emergency access (ārkārtas piekļuve): time-limited, reviewed afterwards */
  | 'EMERGENCY'
  /** The orphan court of the client's municipality (a child's case) */
  | 'ORPHAN_COURT'
  /** A provider the client has left (reviews the move for a while) */
  | 'PREVIOUS_PROVIDER'
  /** A support centre working with the family */
  | 'SUPPORT_CENTRE';

/** Where a client lives */
export type PlacementType =
  /** With prospective adopters, before adoption */
  | 'ADOPTION_PRE_PLACEMENT'
  /** With the birth family */
  | 'BIRTH_FAMILY'
  /** In a crisis centre */
  | 'CRISIS_CENTRE'
  /** In a family-like care home */
  | 'FAMILY_LIKE_CARE_HOME'
  /** In a foster family (audžuģimene) */
  | 'FOSTER_FAMILY'
  /** In a group home (apartment) */
  | 'GROUP_HOME'
  /** With a guardian (aizbildnis) */
  | 'GUARDIAN'
  /** In a halfway house */
  | 'HALFWAY_HOUSE'
  /** In an institution */
  | 'INSTITUTION'
  /** A social correction care home (sociālās korekcijas aprūpes māja): children of 11 to 18, in age groups */
  | 'SOCIAL_CORRECTION_HOME'
  /** In a youth home (jauniešu māja) */
  | 'YOUTH_HOME';

/** Where a support plan stands */
export type PlanStatus =
  /** In force */
  | 'ACTIVE'
  /** A draft */
  | 'DRAFT'
  /** Replaced by a later plan */
  | 'SUPERSEDED';

/** The three target groups of the deinstitutionalisation plan */
export type TargetGroup =
  /** An adult with a mental disorder */
  | 'ADULT_WITH_MENTAL_DISORDER'
  /** A child left without parental care */
  | 'CHILD_WITHOUT_PARENTAL_CARE'
  /** A child with a functional impairment */
  | 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT';

export type AgencyClientMyCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AgencyClientMyCasesQuery = { cases: { edges: Array<{ node: { id: string, status: CaseStatus | null, targetGroup: TargetGroup | null, myRoles: Array<InvolvementRole> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AgencyClientCaseAccessQueryVariables = Exact<{
  id: string | number;
}>;


export type AgencyClientCaseAccessQuery = { case: { id: string, access: { roles: Array<InvolvementRole>, readableFields: Array<string>, writableCategories: Array<Category> } } | null };

export type AgencyClientCaseDetailQueryVariables = Exact<{
  id: string | number;
  client: boolean;
  identifiers: boolean;
  assessment: boolean;
  health: boolean;
  plan: boolean;
  followUps: boolean;
  placements: boolean;
}>;


export type AgencyClientCaseDetailQuery = { case: { id: string, status: CaseStatus | null, targetGroup: TargetGroup | null, openedOn: string | null, involvements: Array<{ role: InvolvementRole | null, active: boolean | null, agency: { code: string, name: string } | null }> | null, client?: { id: string, givenName: string | null, familyName: string | null, birthDate: string | null, personalCode?: string | null, address?: string | null } | null, latestAssessment?: { id: string, type: AssessmentType | null, assessedOn: string | null, needsSummary: string | null, healthFindings?: string | null } | null, currentPlan?: { id: string, version: number | null, status: PlanStatus | null, goals: Array<{ description: string | null }> | null } | null, followUps?: { totalCount: number, edges: Array<{ node: { id: string, kind: FollowUpKind | null, occurredOn: string | null, summary: string | null, category: FollowUpCategory | null } }> } | null, placements?: Array<{ id: string, type: PlacementType | null, startsOn: string | null, endsOn: string | null }> | null } | null };

export type AgencyClientRecordFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
  key: string;
}>;


export type AgencyClientRecordFollowUpMutation = { addFollowUp: { id: string, version: number | null, occurredOn: string | null } };


export const AgencyClientMyCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyClientMyCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyClientMyCasesQuery, AgencyClientMyCasesQueryVariables>;
export const AgencyClientCaseAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyClientCaseAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"readableFields"}},{"kind":"Field","name":{"kind":"Name","value":"writableCategories"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyClientCaseAccessQuery, AgencyClientCaseAccessQueryVariables>;
export const AgencyClientCaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyClientCaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"client"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"health"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followUps"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placements"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"client"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"address"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}}}]}]}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessment"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"needsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"healthFindings"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"health"}}}]}]}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlan"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followUps"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placements"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyClientCaseDetailQuery, AgencyClientCaseDetailQueryVariables>;
export const AgencyClientRecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgencyClientRecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}}]} as unknown as DocumentNode<AgencyClientRecordFollowUpMutation, AgencyClientRecordFollowUpMutationVariables>;