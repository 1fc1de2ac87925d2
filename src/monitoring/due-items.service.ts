import { readablePairs, rolesOf } from '../access/scope';
import { pageInfoOf } from '../kernel/connection';
import type { RequestContext } from '../kernel/context';
import type { CaseRole } from '../kernel/principal';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { generic } from '../kernel/db/prepared';
import { today } from '../kernel/dates';
import { DueItem, DueItemConnection, DueItemFilter } from './due-item.types';
import { dueItemsPage, RESPONSIBLE } from './due-items.sql';

type Row = DueItem & { myRoles: CaseRole[] };

export const dueItemsService = {
  /** What is due on the caller's cases (the case manager sees all of its cases', others their own). */
  async list(ctx: RequestContext, filter: DueItemFilter, first: number, after: string | null): Promise<DueItemConnection> {
    const limit = pageSize(first);
    const [roles, categories] = readablePairs(ctx.principal);
    const params: unknown[] = [ctx.principal.agency.id, filter.asOf ?? today(), roles, categories,
      filter.kinds?.length ? filter.kinds : null, filter.responsibleOnly];
    let cursor = '';
    if (after) {
      const [dueOn, id] = decodeCursor(after, ['date', 'text']);
      params.push(dueOn, id);
      cursor = 'AND (d.due_on, d.id) > ($7::date, $8::text)';
    }
    params.push(limit + 1);
    // each item's case with the caller's roles in it, as the cases feature loads them (the request's purpose
    // applied), handed to that feature: the field guard then decides the items' fields without a statement or a promise
    const rows: Row[] = await ctx.db.query(generic(
      `SELECT due.id, due.kind, due.category, due."caseId", due."dueOn", due."daysOverdue", ${RESPONSIBLE},
              ${rolesOf('due."caseId"', '$1', ctx.principal)} AS "myRoles"
         FROM (${dueItemsPage(cursor, `$${params.length}`)}) due
        ORDER BY due."dueOn", due.id`), params);
    ctx.loaders.cases.knowRoles(rows.map((row) => ({ id: row.caseId, myRoles: row.myRoles })));
    const edges = rows.slice(0, limit).map((node) => ({ cursor: encodeCursor([node.dueOn, node.id]), node }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  },

};
