import { activeInvolvement } from '../access/scope';
import { CHECKS, Keeper, QualityCheck, QualityKind } from './checks';

/**
 * The statements of the data-quality score, written from the check table: one row per check that
 * applies to an open case, scored in SQL and grouped there; nothing per case reaches JavaScript but
 * a page of the case manager's own cases.
 */

/** The agency a check scores, by whose record it is: with no orphan court involved, the case manager (who involves it). */
const KEEPER_AGENCY: Record<Keeper, string> = {
  [Keeper.CASE_MANAGER]: 'c.manager',
  [Keeper.ORPHAN_COURT]: 'COALESCE(c.court, c.manager)',
  // one per previous provider: its check names the provider's agency itself (QualityCheck.agency)
  [Keeper.PREVIOUS_PROVIDER]: 'NULL::uuid',
};

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The open cases `where` picks, with what the checks read of each; `today` is the parameter of the day judged. */
export const casesCte = (where: string, today: string) => `cases AS (
  SELECT cc.id, cc.client_id, cc.target_group, cc.status, cc.opened_on, cc.case_manager_agency_id, cc.case_manager_user_id,
         cc.responsible_municipality_code AS municipality, ${today}::date AS today,
         (SELECT i.agency_id FROM involvement i WHERE i.case_id = cc.id AND i.role = 'CASE_MANAGER' AND i.ended_at IS NULL) AS manager,
         (SELECT i.agency_id FROM involvement i WHERE i.case_id = cc.id AND i.role = 'ORPHAN_COURT' AND ${activeInvolvement('i')}
           ORDER BY i.valid_from DESC, i.id LIMIT 1) AS court,
         (SELECT p.id FROM support_plan p WHERE p.case_id = cc.id AND p.status = 'ACTIVE') AS plan
    FROM care_case cc JOIN municipality m ON m.code = cc.responsible_municipality_code
   WHERE cc.status <> 'CLOSED' AND ${where})`;

/** One row per (case, check that applies): the agency it scores, its kind and weight, whether it passes. */
export const resultsCte = (checks: readonly QualityCheck[] = CHECKS) => `results AS (${checks.map((k) => `
  SELECT c.id AS case_id, c.municipality, ${k.agency ?? KEEPER_AGENCY[k.keeper]} AS agency_id, '${k.id}' AS check_id,
         '${k.kind}' AS kind, ${k.weight}::numeric AS weight, COALESCE((${k.passes}), false) AS passed
    FROM cases c ${k.from ?? ''}
   WHERE c.status IN (${list(k.stages)})${k.targetGroups ? ` AND c.target_group IN (${list(k.targetGroups)})` : ''}${k.applies ? `
     AND (${k.applies})` : ''}`).join('\n  UNION ALL')})`;

/** A percentage of the weight passed, to one decimal; null where nothing applies. */
const score = (filter: string) =>
  `round(100 * COALESCE(sum(r.weight) FILTER (WHERE r.passed AND ${filter}), 0) / NULLIF(sum(r.weight) FILTER (WHERE ${filter}), 0), 1)`;

/** Per group of results (`by`): cases, the score, and per kind the score and the cases it applies to. */
export const scoresOf = (by: string) => `
  SELECT ${by} AS area, count(DISTINCT r.case_id)::int AS cases, ${score('true')} AS score,
         ${Object.values(QualityKind).map((kind) => `${score(`r.kind = '${kind}'`)} AS ${kind.toLowerCase()},
         count(DISTINCT r.case_id) FILTER (WHERE r.kind = '${kind}')::int AS ${kind.toLowerCase()}_cases`).join(',\n         ')}
    FROM results r GROUP BY 1`;

/**
 * The analyst's report: $1 region asked, $2 the scope's region, $3 the scope's municipality (each
 * null: any), $4 the day judged. By municipality, every municipality of the scope (none scored: no
 * cases); by agency, every agency with a scored case of the scope.
 */
export function reportSql(groupBy: 'MUNICIPALITY' | 'AGENCY'): string {
  const inScope = (m: string) => `($1::text IS NULL OR ${m}.region_code = $1) AND ($2::text IS NULL OR ${m}.region_code = $2)
     AND ($3::text IS NULL OR ${m}.code = $3)`;
  const head = `WITH ${casesCte(inScope('m'), '$4')}, ${resultsCte()}`;
  return groupBy === 'MUNICIPALITY'
    ? `${head} SELECT mu.code AS "areaCode", mu.name AS "areaName", s.* FROM municipality mu
         LEFT JOIN (${scoresOf('r.municipality')}) s ON s.area = mu.code WHERE ${inScope('mu')} ORDER BY mu.name`
    : `${head} SELECT a.code AS "areaCode", a.name AS "areaName", s.* FROM (${scoresOf('r.agency_id')}) s
         JOIN agency a ON a.id = s.area ORDER BY a.name, a.code`;
}

/**
 * A page of the caller's agency's managed cases, worst score first: $1 the agency, $2 the day
 * judged, $3 only the caller's own ($4 its user id), $5/$6 after (score, case id), $7 the limit.
 * `reaches`: the SQL that the caller's involvement `i` is one its purpose acts through.
 */
export function casePageSql(checks: readonly QualityCheck[], reaches: string): string {
  const managed = `EXISTS (SELECT 1 FROM involvement i WHERE i.case_id = cc.id AND i.agency_id = $1 AND i.role = 'CASE_MANAGER'
      AND ${activeInvolvement('i')} AND ${reaches}) AND (NOT $3::boolean OR (cc.case_manager_agency_id = $1 AND cc.case_manager_user_id = $4))`;
  return `WITH ${casesCte(managed, '$2')}, ${resultsCte(checks)},
    scored AS (${scoresOf('r.case_id')}),
    gaps AS (SELECT r.case_id, array_agg(DISTINCT r.check_id) AS missing FROM results r WHERE NOT r.passed GROUP BY r.case_id)
    SELECT s.area AS "caseId", s.score::text AS score, s.completeness, s.timeliness, s.consistency, COALESCE(g.missing, '{}') AS missing
      FROM scored s LEFT JOIN gaps g ON g.case_id = s.area
     WHERE $5::numeric IS NULL OR (s.score, s.area) > ($5::numeric, $6::uuid)
     ORDER BY s.score, s.area LIMIT $7`;
}
