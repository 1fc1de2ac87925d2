/**
 * The figures of registers rather than of cases (issue 13, out-of-family care): counted where a
 * provider's places are or where a carer lives, not where a child's case is, so they take no
 * target group. Their SQL, kept apart from metrics.ts, which defines the figures with it.
 */

/** The area of a provider's places (municipality `m`), as SCOPED names areas. */
export const PROVIDER_AREA = `CASE WHEN $5 = 'REGION' THEN m.region_code ELSE m.code END`;

/**
 * Foster families in scope by where they live (municipality `m`, area as a provider's), with their
 * status at $2: the step of their process they had reached by that day (carer_transition). OFFSET 0
 * keeps a figure's filter on that status outside: pushed in, the planner took it for a few dozen
 * families and paired every municipality with every carer (F on 100,000 cases: PostgreSQL CPU per
 * request 115 → 103 ms under the bench's 10 connections).
 */
const FAMILIES_AT = `(SELECT k.id, ${PROVIDER_AREA} AS area,
    (SELECT t.to_status FROM carer_transition t WHERE t.carer_id = k.id AND t.at::date <= $2 ORDER BY t.at DESC, t.id DESC LIMIT 1) AS status
    FROM carer k JOIN municipality m ON m.code = k.municipality_code
   WHERE k.kind = 'FOSTER_FAMILY' AND ($3::text[] IS NULL OR m.code = ANY($3::text[])) OFFSET 0)`;
/** Carers of any kind whose suitability was decided in the period, by where they live. */
const DECIDED_IN_PERIOD = `(SELECT ${PROVIDER_AREA} AS area, k.suitability_decided_on - k.inquiry_on AS days
    FROM carer k JOIN municipality m ON m.code = k.municipality_code
   WHERE k.suitability_decided_on BETWEEN $1 AND $2 AND ($3::text[] IS NULL OR m.code = ANY($3::text[])))`;

/** The carer register's figures (README, Carers and matching). */
export const CARER_SQL = {
  ACTIVE_CARERS: `
    SELECT k.area, NULL::text AS tg, f.form AS col, count(*) AS value FROM ${FAMILIES_AT} k
      JOIN carer_form f ON f.carer_id = k.id AND f.decided_on <= $2
     WHERE k.status = 'ACTIVE' GROUP BY 1, 2, 3`,
  FREE_FAMILY_PLACES: `
    SELECT k.area, NULL::text AS tg, 'ALL' AS col, sum(GREATEST(0, cap.places - here.n)) AS value FROM ${FAMILIES_AT} k
      JOIN LATERAL (SELECT max(r.max_children) AS places FROM carer_form f JOIN carer_form_rule r ON r.form = f.form
                     WHERE f.carer_id = k.id AND f.decided_on <= $2) cap ON cap.places IS NOT NULL
     CROSS JOIN LATERAL (SELECT count(*) AS n FROM placement p WHERE p.carer_id = k.id AND p.starts_on <= $2
                                                               AND (p.ends_on IS NULL OR p.ends_on > $2)) here
     WHERE k.status = 'ACTIVE' GROUP BY 1, 2, 3`,
  SUITABILITY_DECISIONS: `
    SELECT d.area, NULL::text AS tg, 'ALL' AS col, count(*) AS value FROM ${DECIDED_IN_PERIOD} d GROUP BY 1, 2, 3`,
  MEAN_DAYS_TO_SUITABILITY: `
    SELECT COALESCE(d.area, '*') AS area, NULL::text AS tg, 'ALL' AS col, round(avg(d.days), 1) AS value
      FROM ${DECIDED_IN_PERIOD} d GROUP BY GROUPING SETS ((d.area), ())`,
};
