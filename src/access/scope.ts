import { Category } from '../kernel/categories';
import { decide, Decider, EvaluationScope, readableCategories } from './decide';
import { MATRIX, PURPOSES, ROLE_AGENCY_KINDS } from './policy';
import { AgencyKind, Caller, CaseRole, Purpose, UserRole } from '../kernel/principal';

/**
 * Row scoping in SQL: an agency reaches a case only through an involvement that is active now.
 * Every statement that reads case data embeds one of these fragments; rows are never loaded and
 * then filtered in JavaScript.
 */
export function activeInvolvement(alias: string): string {
  return `${alias}.ended_at IS NULL AND ${alias}.valid_from <= now() AND (${alias}.valid_until IS NULL OR ${alias}.valid_until > now())`;
}

/**
 * The involvement `alias` is one the request's purpose may act through (a purpose picks columns of
 * the matrix: CASE_WORK never reaches a case through an emergency access, EMERGENCY only through
 * one). The roles are the policy's own enum values, written into the statement.
 */
export function withinPurpose(alias: string, principal: Pick<Caller, 'purpose'>): string {
  const reaches = PURPOSES[principal.purpose].reaches;
  return reaches.length === 0 ? 'false' : `${alias}.role IN (${reaches.map((role) => `'${role}'`).join(', ')})`;
}

/**
 * `EXISTS` predicate: the case `caseIdExpr` is reachable by the agency bound at `agencyParam` (e.g.
 * `$1`) through an involvement the request's purpose may act through.
 */
export function reachableBy(caseIdExpr: string, agencyParam: string, principal: Pick<Caller, 'purpose'>): string {
  return `EXISTS (SELECT 1 FROM involvement reach WHERE reach.case_id = ${caseIdExpr} `
    + `AND reach.agency_id = ${agencyParam} AND ${activeInvolvement('reach')} AND ${withinPurpose('reach', principal)})`;
}

/**
 * Sub-select of the caller's agency's active roles in a case, as a text array (empty when none):
 * those the request's purpose may act through, or, with `principal` null, every one (for the
 * questions a purpose does not change, such as "does my agency manage this case").
 */
export function rolesOf(caseIdExpr: string, agencyParam: string, principal: Pick<Caller, 'purpose'> | null): string {
  return `ARRAY(SELECT DISTINCT r.role FROM involvement r WHERE r.case_id = ${caseIdExpr} `
    + `AND r.agency_id = ${agencyParam} AND ${activeInvolvement('r')}${principal ? ` AND ${withinPurpose('r', principal)}` : ''} ORDER BY r.role)`;
}

/**
 * Every (role in a case, category) pair the caller's user role may read, as two parallel arrays for
 * SQL (`unnest($roles, $categories)`): the policy table, not a copy of it. Empty for users who
 * reach no case data.
 */
export function readablePairs(principal: Decider): [CaseRole[], Category[]] {
  const roles: CaseRole[] = [];
  const categories: Category[] = [];
  for (const role of Object.keys(MATRIX[Category.CASE]) as CaseRole[]) {
    for (const category of Object.values(Category)) {
      if (decide(principal, [role], category, 'read')) {
        roles.push(role);
        categories.push(category);
      }
    }
  }
  return [roles, categories];
}

/**
 * When a case last changed in a way the agency bound at `agencyParam` may read through its active
 * involvements (those the request's purpose acts through): each involvement keeps the latest change
 * of a category its role reads (`visible_change_at`, kept from case_change and the policy's read
 * pairs by the database). A change of data a caller may not read does not move what it sees.
 */
export function lastVisibleChange(caseIdExpr: string, agencyParam: string, principal: Pick<Caller, 'purpose'>): string {
  return `(SELECT max(v.visible_change_at) FROM involvement v WHERE v.case_id = ${caseIdExpr} AND v.agency_id = ${agencyParam}
             AND ${activeInvolvement('v')} AND ${withinPurpose('v', principal)})`;
}

/**
 * Whether every role an agency of this kind can hold for this purpose reads every category; then
 * the change any write makes is visible to it, and a case's own `updated_at` (indexed) is what it sees.
 */
export function seesEveryChange(kind: AgencyKind, purpose: Purpose): boolean {
  return Object.entries(ROLE_AGENCY_KINDS).filter(([role, kinds]) => kinds.includes(kind) && PURPOSES[purpose].reaches.includes(role as CaseRole))
    .every(([role]) => readableCategories({ role: UserRole.CASE_WORKER }, [role as CaseRole]).length === Object.values(Category).length);
}

/**
 * SQL predicate: the agency row `alias` is a support centre whose evaluation the scope reads (its
 * own centre; a region's centres; every centre). The values are bound at `param` (e.g. `$2`).
 */
export function centreInScope(alias: string, scope: EvaluationScope, param: string): { sql: string; value: string | null } {
  const centre = `${alias}.kind = 'SUPPORT_CENTRE'`;
  if (scope.level === 'CENTRE') return { sql: `${centre} AND ${alias}.id = ${param}::uuid`, value: scope.agencyId };
  if (scope.level === 'REGION') return { sql: `${centre} AND ${alias}.region_code = ${param}::text`, value: scope.code };
  return { sql: `${centre} AND ${param}::text IS NULL`, value: null };
}

/**
 * `EXISTS` predicate: the agency bound at `agencyParam` may read `category` in the case `caseIdExpr`
 * through an active involvement whose role reads it for the request's purpose (the policy table's
 * roles, written into the statement). What joins two cases (a sibling link) is shown only where this
 * holds for both, so a link never tells a reader that a case it may not see exists.
 */
export function readsCategoryIn(caseIdExpr: string, agencyParam: string, principal: Decider & Pick<Caller, 'purpose'>, category: Category): string {
  const roles = (Object.keys(MATRIX[category]) as CaseRole[]).filter((role) => decide(principal, [role], category, 'read'));
  if (roles.length === 0) return 'false';
  return `EXISTS (SELECT 1 FROM involvement rd WHERE rd.case_id = ${caseIdExpr} AND rd.agency_id = ${agencyParam} `
    + `AND ${activeInvolvement('rd')} AND rd.role IN (${roles.map((role) => `'${role}'`).join(', ')}))`;
}
