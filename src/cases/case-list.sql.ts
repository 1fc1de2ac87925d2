import { activeInvolvement, reachableBy, readablePairRows, rolesOf, seesEveryChange, withinPurpose } from '../access/scope';
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
 * walks that index; another's is ranked from its involvements (one index scan) and the change
 * times of the categories its roles read, as one join rather than a sub-select per case.
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
  const narrowed = [...(myRole ? [`${myRole} = ANY(r.roles)`] : []), ...caseFilters];
  return `WITH reach AS (
      SELECT i.case_id AS id, array_agg(DISTINCT i.role ORDER BY i.role) AS roles
        FROM involvement i WHERE i.agency_id = $1 AND ${activeInvolvement('i')} AND ${withinPurpose('i', principal)} GROUP BY i.case_id
    ), readable(role, category) AS (VALUES ${readablePairRows()}
    ), allowed AS (
      SELECT x.roles, array_agg(DISTINCT rd.category) AS categories
        FROM (SELECT DISTINCT roles FROM reach) x CROSS JOIN LATERAL unnest(x.roles) AS mine(role)
        JOIN readable rd ON rd.role = mine.role GROUP BY x.roles
    )
    SELECT r.id, r.roles, max(cc.changed_at) AS vis
      FROM reach r JOIN allowed a ON a.roles = r.roles
      JOIN case_change cc ON cc.case_id = r.id AND cc.category = ANY(a.categories)
      ${caseFilters.length ? 'JOIN care_case c ON c.id = r.id' : ''}
     ${narrowed.length ? `WHERE ${narrowed.join(' AND ')}` : ''}
     GROUP BY r.id, r.roles`;
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
