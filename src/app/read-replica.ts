import { Kind, OperationDefinitionNode, parse } from 'graphql';

/**
 * Root fields that only read (no audit row of their own, no counters): a request made of them
 * alone may be answered from a streaming replica. `caseExists`, `caseAccessLog`, `regionalSummary`
 * `trend` and `dataQuality` write their audit in the same transaction, so they stay on the primary,
 * as does every mutation (and so a write and the reads after it in one request).
 */
const REPLICA_SAFE = new Set(['case', 'cases', 'dueItems', 'myCaseQuality', 'me', 'regions', 'municipalities', 'agencies', '__typename']);

/** Whether the request's operation reads only replica-safe root fields; anything unclear goes to the primary. */
export function readsOnly(query: unknown, operationName: unknown): boolean {
  if (typeof query !== 'string') return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { maxTokens: 2_000 }).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return false;
  }
  const chosen = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === operationName);
  return chosen?.operation === 'query' && chosen.selectionSet.selections
    .every((s) => s.kind === Kind.FIELD && REPLICA_SAFE.has(s.name.value));
}
