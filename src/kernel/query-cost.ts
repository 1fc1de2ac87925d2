import { Extensions } from 'type-graphql';

/** The field extension the query cost estimator (app/limits.ts) reads. */
export const IN_PARENT_ROW = 'listInParentRow';

/**
 * Marks a list whose items come in its parent's row: json sub-selects of the one statement that
 * loads the parent (a plan's goals, tasks, basket, planned contacts, a section's medications,
 * people and partners), never a statement of their own. The query cost counts such a list's
 * selection once, as it counts a nested object of the same row (`health { … }`), not times the
 * guess for a list the hub loads apart: the client's query cannot make the list longer (its length
 * is the data's, capped by the write rules), only select it. What grows the work (the number of
 * parents: `first`, a loaded list) is still multiplied at the parent.
 */
export function InParentRow(): MethodDecorator & PropertyDecorator {
  return Extensions({ [IN_PARENT_ROW]: true });
}
