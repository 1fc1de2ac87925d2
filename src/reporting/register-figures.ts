/**
 * The figures of registers rather than of cases (issue 13, out-of-family care): counted where a
 * provider's places are or where a carer lives, not where a child's case is, so they take no
 * target group. Their SQL, kept apart from metrics.ts, which defines the figures with it.
 */

/** The area of a provider's places (municipality `m`), as SCOPED names areas. */
export const PROVIDER_AREA = `CASE WHEN $5 = 'REGION' THEN m.region_code ELSE m.code END`;

/**
 * What a register's figure has for a target group: it counts carers, who have none. Kept under this
 * in the rollups and snapshots, and read whatever target group a report asks for (the live SQL
 * ignores it too).
 */
export const NO_TARGET_GROUP = '-';

/**
 * Foster families in scope by where they live (`areas`, as SCOPED names them), with their status at
 * $2: the step of their process they had reached by that day (carer_transition). Each family's status
 * is looked up once, before it is paired with its areas (a snapshot counts it under its municipality
 * and its region). OFFSET 0 keeps a figure's filter on that status outside: pushed in, the planner
 * took it for a few dozen families and paired every municipality with every carer.
 */
const FAMILIES_AT = `(SELECT f.id, a.area, f.status FROM (
    SELECT k.id, k.municipality_code,
           (SELECT t.to_status FROM carer_transition t WHERE t.carer_id = k.id AND t.at::date <= $2 ORDER BY t.at DESC, t.id DESC LIMIT 1) AS status
      FROM carer k WHERE k.kind = 'FOSTER_FAMILY' AND ($3::text[] IS NULL OR k.municipality_code = ANY($3::text[])) OFFSET 0) f
    JOIN areas a ON a.municipality_code = f.municipality_code)`;
/** Carers of any kind whose suitability was decided in the period, by where they live. */
const DECIDED_IN_PERIOD = `(SELECT a.area, k.suitability_decided_on - k.inquiry_on AS days
    FROM carer k JOIN areas a ON a.municipality_code = k.municipality_code
   WHERE k.suitability_decided_on BETWEEN $1 AND $2)`;

/** The carer register's figures (README, Carers and matching). */
export const CARER_SQL = {
  ACTIVE_CARERS: `
    SELECT k.area, '${NO_TARGET_GROUP}' AS tg, f.form AS col, count(*) AS value FROM ${FAMILIES_AT} k
      JOIN carer_form f ON f.carer_id = k.id AND f.decided_on <= $2
     WHERE k.status = 'ACTIVE' GROUP BY 1, 2, 3`,
  FREE_FAMILY_PLACES: `
    SELECT k.area, '${NO_TARGET_GROUP}' AS tg, 'ALL' AS col, sum(GREATEST(0, cap.places - here.n)) AS value FROM ${FAMILIES_AT} k
      JOIN LATERAL (SELECT max(r.max_children) AS places FROM carer_form f JOIN carer_form_rule r ON r.form = f.form
                     WHERE f.carer_id = k.id AND f.decided_on <= $2) cap ON cap.places IS NOT NULL
     CROSS JOIN LATERAL (SELECT count(*) AS n FROM placement p WHERE p.carer_id = k.id AND p.starts_on <= $2
                                                               AND (p.ends_on IS NULL OR p.ends_on > $2)) here
     WHERE k.status = 'ACTIVE' GROUP BY 1, 2, 3`,
  SUITABILITY_DECISIONS: `
    SELECT d.area, '${NO_TARGET_GROUP}' AS tg, 'ALL' AS col, count(*) AS value FROM ${DECIDED_IN_PERIOD} d GROUP BY 1, 2, 3`,
  MEAN_DAYS_TO_SUITABILITY: `
    SELECT COALESCE(d.area, '*') AS area, '${NO_TARGET_GROUP}' AS tg, 'ALL' AS col, round(avg(d.days), 1) AS value
      FROM ${DECIDED_IN_PERIOD} d GROUP BY GROUPING SETS ((d.area), ())`,
};
