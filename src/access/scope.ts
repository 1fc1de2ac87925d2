/**
 * Row scoping in SQL: an agency reaches a case only through an involvement that is active now.
 * Every statement that reads case data embeds one of these fragments; rows are never loaded and
 * then filtered in JavaScript.
 */
export function activeInvolvement(alias: string): string {
  return `${alias}.ended_at IS NULL AND ${alias}.valid_from <= now() AND (${alias}.valid_until IS NULL OR ${alias}.valid_until > now())`;
}

/** `EXISTS` predicate: the case `caseIdExpr` is reachable by the agency bound at `agencyParam` (e.g. `$1`). */
export function reachableBy(caseIdExpr: string, agencyParam: string): string {
  return `EXISTS (SELECT 1 FROM involvement reach WHERE reach.case_id = ${caseIdExpr} `
    + `AND reach.agency_id = ${agencyParam} AND ${activeInvolvement('reach')})`;
}

/** Sub-select of the caller's active roles in a case, as a text array (empty when none). */
export function rolesOf(caseIdExpr: string, agencyParam: string): string {
  return `ARRAY(SELECT DISTINCT r.role FROM involvement r WHERE r.case_id = ${caseIdExpr} `
    + `AND r.agency_id = ${agencyParam} AND ${activeInvolvement('r')} ORDER BY r.role)`;
}
