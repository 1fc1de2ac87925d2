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

/** What is due for a social service: the first page of its due items. */
export const DUE_PAGE = `query Due($first: Int!) {
  dueItems(first: $first) { edges { node { id kind caseId dueOn daysOverdue responsibleAgency { code } } } pageInfo { hasNextPage } }
}`;
