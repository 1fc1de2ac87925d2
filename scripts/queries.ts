/** The full case shape the N+1 test and the benchmark both use: one list with every relation. */
export const FULL_PAGE = `query Page($first: Int!) {
  cases(first: $first) {
    totalCount
    edges { node {
      id status targetGroup openedOn
      client { givenName familyName birthDate personalCode }
      involvements { role active validFrom agency { code name } }
      latestAssessment { type assessedOn needsSummary authorAgency { code } }
      currentPlan { version status reviewDueOn goals { description } tasks { description deadline } services { serviceType volume } }
      followUps(first: 5) { edges { node { kind occurredOn summary category } } }
    } }
  }
}`;

/** The node selection of FULL_PAGE (one case with every relation). */
const NODE = /edges \{ node \{\n([\s\S]*?)\n {4}\} \}/.exec(FULL_PAGE)?.[1] ?? '';

/** One case in the full shape of FULL_PAGE's nodes. */
export const FULL_CASE = `query Case($id: ID!) {
  case(id: $id) {
${NODE}
  }
}`;

/** Every part of a support plan: its sections, goals with their evaluation, basket, planned contacts and partners (issue 19). */
export const FULL_PLAN = `{ version status missingSections agreement { status on by } evaluation { evaluatedOn clientCooperation }
    goals { description outcome carriedForward } tasks { description } services { serviceType }
    health { disabilityGroup disabilityValidUntil medications { name dose } treatmentAndRehabilitation description }
    family { people { name relation role contactArrangement } birthFamily contactArrangements familySupport }
    childVoice { opinionOnPlan opinionOnFamily } placementConditions education { stage school } employment { status }
    wishesAndInterests supportVolume { careLevel description } cooperationPartners { organisation kind role workContact }
    plannedContacts { kind plannedOn agency { code } } }`;

/**
 * The full case page with full plans, as an agency system that mirrors its cases asks for it: FULL_PAGE's
 * relations, sibling links, the current plan and every plan version with every section. The query
 * cost limit lets a page of 50 of them through (test/e2e/limits.test.ts).
 */
export const FULL_PLANS_PAGE = `query PlansPage($first: Int!) {
  cases(first: $first) {
    edges { node {
${NODE}
      siblingLinks { siblingCaseId recordedByAgency { code } }
      currentPlan ${FULL_PLAN}
      planHistory ${FULL_PLAN}
    } }
  }
}`;

/** One case with full plans: the node of FULL_PLANS_PAGE. */
export const FULL_PLANS_CASE = `query PlansCase($id: ID!) {
  case(id: $id) {
${NODE}
    siblingLinks { siblingCaseId recordedByAgency { code } }
    currentPlan ${FULL_PLAN}
    planHistory ${FULL_PLAN}
  }
}`;

/** What is due for a social service: the first page of its due items. */
export const DUE_PAGE = `query Due($first: Int!) {
  dueItems(first: $first) { edges { node { id kind caseId dueOn daysOverdue responsibleAgency { code } } } pageInfo { hasNextPage } }
}`;

/** A follow-up recorded through the API (one transaction, audited), answering its id and version. */
export const ADD_FOLLOW_UP = `mutation AddFollowUp($input: AddFollowUpInput!, $key: String) {
  addFollowUp(input: $input, idempotencyKey: $key) { id version }
}`;

/** The DI figures for all of Latvia, by municipality, every metric. */
export const REGIONAL_SUMMARY = `query Summary($period: PeriodInput!) { regionalSummary(period: $period, groupBy: MUNICIPALITY) {
  figures { metric total { value suppressed } rows { areaCode cells { value suppressed } } } } }`;
