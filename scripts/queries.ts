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
