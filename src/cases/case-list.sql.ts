import { activeInvolvement, reachableBy, rolesOf, seesEveryChange, withinPurpose } from '../access/scope';
import type { Caller } from '../kernel/principal';
import { CaseFilter } from './case.inputs';

/** A statement and its parameters ($1 is always the caller's agency). */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** Parameters bound as they are written into the statement. */
export class Binder {
  readonly params: unknown[];

  constructor(agencyId: string) {
    this.params = [agencyId];
  }

  bind(value: unknown): string {
    return `$${this.params.push(value)}`;
  }
}

/** Filters on the case row itself (`c`). */
function onCase(filter: CaseFilter, b: Binder): string[] {
  const where: string[] = [];
  if (filter.status?.length) where.push(`c.status = ANY(${b.bind(filter.status)}::text[])`);
  if (filter.targetGroup?.length) where.push(`c.target_group = ANY(${b.bind(filter.targetGroup)}::text[])`);
  if (filter.municipalityCode?.length) where.push(`c.responsible_municipality_code = ANY(${b.bind(filter.municipalityCode)}::text[])`);
  return where;
}

/**
 * The caller's cases, as rows (id, roles, vis): its roles in each and the latest change it may
 * read there. An agency that reads every category sees each case's own `updated_at`, so its list
 * walks that index. Another's is read from its involvements in the order of the change each one's
 * role may read (`visible_change_at`, one index): a case is the involvement with its latest such
 * change (an agency with two roles in a case sees the later of the two), so a page stops after
 * its rows instead of ranking every case the agency reaches.
 */
export function reachedCases(principal: Caller, filter: CaseFilter, b: Binder): string {
  const myRole = filter.myRole ? b.bind(filter.myRole) : null;
  const caseFilters = onCase(filter, b);
  if (seesEveryChange(principal.agency.kind, principal.purpose)) {
    const where = [reachableBy('c.id', '$1', principal), ...caseFilters];
    if (myRole) {
      where.push(`EXISTS (SELECT 1 FROM involvement mr WHERE mr.case_id = c.id AND mr.agency_id = $1 AND mr.role = ${myRole}
                   AND ${activeInvolvement('mr')})`);
    }
    return `SELECT c.id, ${rolesOf('c.id', '$1', principal)} AS roles, c.updated_at AS vis FROM care_case c WHERE ${where.join(' AND ')}`;
  }
  const mine = (alias: string) => `${alias}.agency_id = $1 AND ${activeInvolvement(alias)} AND ${withinPurpose(alias, principal)}`;
  const where = [
    mine('i'), 'i.visible_change_at IS NOT NULL',
    // the case's involvement with the latest visible change stands for it (ties: the smaller id)
    `NOT EXISTS (SELECT 1 FROM involvement j WHERE j.case_id = i.case_id AND ${mine('j')}
       AND (j.visible_change_at > i.visible_change_at OR (j.visible_change_at = i.visible_change_at AND j.id < i.id)))`,
    ...(myRole ? [`EXISTS (SELECT 1 FROM involvement mr WHERE mr.case_id = i.case_id AND ${mine('mr')} AND mr.role = ${myRole})`] : []),
    ...caseFilters,
  ];
  return `SELECT i.case_id AS id, ${rolesOf('i.case_id', '$1', principal)} AS roles, i.visible_change_at AS vis
      FROM involvement i ${caseFilters.length ? 'JOIN care_case c ON c.id = i.case_id' : ''}
     WHERE ${where.join(' AND ')}`;
}

/**
 * How many cases the caller reaches, with the list's filters: from the involvement index alone
 * when no filter needs the case row (an agency with two roles in a case counts it once).
 */
export function countOfReached(principal: Caller, filter: CaseFilter, b = new Binder(principal.agency.id)): Statement {
  if (filter.updatedSince) {
    const reached = reachedCases(principal, filter, b);
    return { sql: `SELECT count(*)::int AS n FROM (${reached}) r WHERE r.vis >= ${b.bind(filter.updatedSince)}`, params: b.params };
  }
  const involved = ['i.agency_id = $1', activeInvolvement('i'), withinPurpose('i', principal)];
  // an active involvement in that role reaches the case by itself, so the role narrows the same scan
  if (filter.myRole) involved.push(`i.role = ${b.bind(filter.myRole)}`);
  const caseFilters = onCase(filter, b);
  if (!caseFilters.length) {
    return { sql: `SELECT count(DISTINCT i.case_id)::int AS n FROM involvement i WHERE ${involved.join(' AND ')}`, params: b.params };
  }
  return {
    sql: `SELECT count(*)::int AS n FROM (SELECT DISTINCT i.case_id FROM involvement i WHERE ${involved.join(' AND ')}) k
            JOIN care_case c ON c.id = k.case_id WHERE ${caseFilters.join(' AND ')}`,
    params: b.params,
  };
}
