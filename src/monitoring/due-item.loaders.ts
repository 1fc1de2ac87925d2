import { DataSource } from 'typeorm';
import { Caller } from '../kernel/principal';
import { groupByKey, loader, uuids } from '../kernel/loaders';
import { DueItem } from './due-item.types';
import { DUE_ITEMS_OF_CASES, RESPONSIBLE } from './due-items.sql';
import { readablePairs } from '../access/scope';

/** Due items of some cases, for `Case.dueItems`: one statement for a whole page of cases. */
export function createDueItemLoaders(db: DataSource, principal: Caller) {
  const dueItemsByCase = loader<{ caseId: string; asOf: string }, DueItem[]>(async (keys) => {
    const [roles, categories] = readablePairs(principal);
    const results = new Map<string, DueItem[]>();
    for (const asOf of new Set(keys.map((k) => k.asOf))) {
      const ids = keys.filter((k) => k.asOf === asOf).map((k) => k.caseId);
      const rows: DueItem[] = await db.query(`SELECT due.id, due.kind, due.category, due."caseId", due."dueOn", due."daysOverdue", ${RESPONSIBLE}
          FROM (${DUE_ITEMS_OF_CASES}) due ORDER BY "caseId", "dueOn", id`,
        [principal.agency.id, asOf, roles, categories, uuids(ids)]);
      groupByKey(ids, rows, (r) => r.caseId).forEach((items, i) => results.set(`${ids[i]}|${asOf}`, items));
    }
    return keys.map((k) => results.get(`${k.caseId}|${k.asOf}`) ?? []);
  }, (k) => `${k.caseId}|${k.asOf}`);
  return { dueItemsByCase };
}

export type DueItemLoaders = ReturnType<typeof createDueItemLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    monitoring: DueItemLoaders;
  }
}
