/**
 * The README's three example queries ("Three example queries"), kept here once: the development IDE
 * opens them as its saved tabs, and test/unit/ide-examples.test.ts checks that the README's curl
 * lines send exactly these payloads, so the two cannot drift apart.
 */
export interface ExampleQuery {
  /** What it shows: the README's comment line above its curl command, and the first line of its IDE tab. */
  comment: string;
  /** On one line, as the README's curl sends it; the IDE shows it formatted. */
  query: string;
  /** Placeholders (`<case id>`) stand where the reader puts an id from the first example's answer. */
  variables?: Record<string, unknown>;
}

/** The placeholder for a case id: the first example's answer lists the ids a caller may use. */
export const CASE_ID_PLACEHOLDER = '<case id>';

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    comment: 'the cases your agency is involved in, newest change first',
    query: 'query MyCases { cases(first: 5, filter: { status: [INTAKE, IMPLEMENTATION] }) { totalCount edges { node { id status '
      + 'targetGroup myRoles client { givenName familyName } } } pageInfo { endCursor hasNextPage } } }',
  },
  {
    comment: 'one case with its plan and last follow-ups (fields your role may not read come back null + FORBIDDEN)',
    query: 'query CaseOverview($id: ID!) { case(id: $id) { status involvements { role active agency { code } } currentPlan { version '
      + 'status goals { description } } followUps(first: 5) { totalCount edges { node { kind occurredOn summary category } } } } }',
    variables: { id: CASE_ID_PLACEHOLDER },
  },
  {
    comment: 'record a follow-up (one transaction; returns the new entry)',
    query: 'mutation RecordHomeVisit($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }',
    variables: { input: { caseId: CASE_ID_PLACEHOLDER, kind: 'HOME_VISIT', occurredOn: '2026-11-20', summary: 'Visited the family at home' } },
  },
];

/** The request body the README's curl sends for an example (`-d '...'`). */
export function examplePayload(example: ExampleQuery): string {
  return JSON.stringify(example.variables ? { query: example.query, variables: example.variables } : { query: example.query });
}
