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
