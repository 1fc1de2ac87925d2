import { registerEnumType } from 'type-graphql';
import { RULES } from '../monitoring';
import { CARE_LEVELS, LivingArrangement, scenarioFor, scenarioMonthlyEur } from '../reference';
import { PLACED_WITH_PROVIDERS } from './places-sql';
import { CARER_SQL, PROVIDER_AREA } from './register-figures';

/** The DI monitoring figures (004, sections E and H). */
export enum Metric {
  /** clients with an open case at period end, by target group */
  OPEN_CASES = 'OPEN_CASES',
  /** clients living in an institution at period end */
  IN_INSTITUTIONS = 'IN_INSTITUTIONS',
  /** children in an institution beyond the stay limit at period end */
  BEYOND_STAY_LIMIT = 'BEYOND_STAY_LIMIT',
  /** moves from an institution to a family or community service in the period */
  MOVES_FROM_INSTITUTIONS = 'MOVES_FROM_INSTITUTIONS',
  /** clients on the waiting list for long-term care at period end, by the service asked for */
  WAITING_FOR_SERVICE = 'WAITING_FOR_SERVICE',
  /** clients with a service in their active support plan, by service type */
  SERVICES_IN_PLANS = 'SERVICES_IN_PLANS',
  /** monthly cost of those services at the unit prices in force at period end (EUR); services without a price are left out */
  MONTHLY_COST = 'MONTHLY_COST',
  /** clients with a service in their active plan that has no unit price in force at period end, by service type */
  SERVICES_PRICE_UNKNOWN = 'SERVICES_PRICE_UNKNOWN',
  /** active support plans past their yearly reassessment at period end */
  OVERDUE_REVIEWS = 'OVERDUE_REVIEWS',
  /** children placed in foster families at period end, by form */
  FOSTER_CHILDREN = 'FOSTER_CHILDREN',
  /** distinct foster carers with a child placed at period end */
  FOSTER_CARERS = 'FOSTER_CARERS',
  /** adults with an open case, not in an institution, at period end, by care level and where they live (004 L, table 3) */
  CLIENTS_BY_CARE_LEVEL = 'CLIENTS_BY_CARE_LEVEL',
  /** their expected monthly cost: clients times the scenario's monthly cost (EUR) */
  CARE_LEVEL_MONTHLY_COST = 'CARE_LEVEL_MONTHLY_COST',
  /** children in out-of-family care at period end, by the goal of their permanency plan then (NO_PLAN: none decided) */
  CHILDREN_IN_CARE_BY_GOAL = 'CHILDREN_IN_CARE_BY_GOAL',
  /** of them, those in care for over two years without a break */
  CHILDREN_IN_CARE_OVER_TWO_YEARS = 'CHILDREN_IN_CARE_OVER_TWO_YEARS',
  /** the median of their whole months in care */
  MEDIAN_MONTHS_IN_CARE = 'MEDIAN_MONTHS_IN_CARE',
  /** children's exits from out-of-family care in the period, by destination */
  EXITS_FROM_CARE = 'EXITS_FROM_CARE',
  /** places of the provider register (services available), by service, where the provider's places are */
  SERVICE_PLACES = 'SERVICE_PLACES',
  /** those places in use at period end: clients placed with the provider, or with the service from it in their active plan */
  PLACES_IN_USE = 'PLACES_IN_USE',
  /** goals of support plans evaluated in the period, by outcome (the ACHIEVED column: goals achieved) */
  GOALS_BY_OUTCOME = 'GOALS_BY_OUTCOME',
  /** active support plans of open cases lacking a section their target group's template requires, today */
  PLANS_MISSING_SECTIONS = 'PLANS_MISSING_SECTIONS',
  /** active support plans of open cases without the client's agreement today, by what there is instead */
  PLANS_WITHOUT_AGREEMENT = 'PLANS_WITHOUT_AGREEMENT',
  /** active foster families at period end (their status then), by the forms recognised by then, where the family lives */
  ACTIVE_CARERS = 'ACTIVE_CARERS',
  /** free places in those families at period end: each family's largest recognised form's limit less the children living there */
  FREE_FAMILY_PLACES = 'FREE_FAMILY_PLACES',
  /** children in out-of-family care at period end living in an institution or a crisis centre: a family is still to be found */
  CHILDREN_WAITING_FOR_FAMILY = 'CHILDREN_WAITING_FOR_FAMILY',
  /** carers (any kind) whose suitability the orphan court decided in the period, where the carer lives */
  SUITABILITY_DECISIONS = 'SUITABILITY_DECISIONS',
  /** their mean days from the first inquiry to the suitability decision */
  MEAN_DAYS_TO_SUITABILITY = 'MEAN_DAYS_TO_SUITABILITY',
}
registerEnumType(Metric, { name: 'Metric', description: 'A DI monitoring figure', valuesConfig: {
  WAITING_FOR_SERVICE: { description: 'Clients on the waiting list for long-term care at period end, by the service asked for' },
  CHILDREN_IN_CARE_BY_GOAL: { description: 'Children in out-of-family care at period end, by the goal of their permanency plan (NO_PLAN: none decided)' },
  CHILDREN_IN_CARE_OVER_TWO_YEARS: { description: 'Children in out-of-family care at period end who have been in care for over two years without a break' },
  MEDIAN_MONTHS_IN_CARE: { description: 'The median of whole months in care of the children in care at period end (hidden where fewer than the threshold)' },
  EXITS_FROM_CARE: { description: "Children's exits from out-of-family care in the period, by destination" },
  SERVICE_PLACES: { description: "Places of the provider register (services available), by service, in the area of the provider's places" },
  PLACES_IN_USE: { description: 'Of those places, the ones in use at period end (clients placed there, or with the service from the provider in their active plan)' },
  GOALS_BY_OUTCOME: { description: 'Goals of support plans evaluated in the period, by outcome (ACHIEVED: goals achieved)' },
  PLANS_MISSING_SECTIONS: { description: "Active plans lacking a section their target group's template requires, today" },
  PLANS_WITHOUT_AGREEMENT: { description: "Active plans without the client's agreement today, by what they have instead" },
  ACTIVE_CARERS: { description: 'Active foster families at period end by recognised form, where the family lives (a family with two forms counts in both)' },
  FREE_FAMILY_PLACES: { description: "Free places in the active foster families at period end (the largest recognised form's limit less the children there)" },
  CHILDREN_WAITING_FOR_FAMILY: { description: 'Children in out-of-family care at period end living in an institution or a crisis centre' },
  SUITABILITY_DECISIONS: { description: "Carers whose suitability the orphan court decided in the period, where the carer lives" },
  MEAN_DAYS_TO_SUITABILITY: { description: 'Their mean days from the inquiry to the suitability decision (hidden where fewer than the threshold)' },
} });

export type ColumnSet = 'TARGET_GROUP' | 'SERVICE_TYPE' | 'FOSTER_FORM' | 'CARE_SCENARIO' | 'ALL' | 'PERMANENCY_GOAL' | 'EXIT_DESTINATION'
  | 'LONG_TERM_SERVICE' | 'PROVIDER_SERVICE' | 'GOAL_OUTCOME' | 'AGREEMENT';
/** The answers other than an agreement that an active plan can have (the columns of PLANS_WITHOUT_AGREEMENT). */
export const WITHOUT_AGREEMENT = ['REFUSED', 'RECORDED_BEFORE_RULE', 'PENDING'];

/** How a figure is computed and published. */
export interface MetricDefinition {
  columns: ColumnSet;
  /** its cells as (area, tg, col, value) over `scoped` */
  sql: string;
  /** money: published only where the count figure it comes from is (that count's disclosure control) */
  countedBy?: Metric;
  /**
   * money priced per unit: services without a price are left out of its sum, and a cell whose services
   * have none is unknown, never 0; this count figure says how many clients' services that is
   */
  unpricedIn?: Metric;
  /**
   * money that is the count times a fixed amount per column: published as the published count times it (its SQL
   * gives the same, for the snapshots), its totals checked against the counts' (money.ts)
   */
  amountPerColumn?: (column: string) => number;
  /**
   * a median over the people this count figure counts (its row totals): published where that count is at least the
   * threshold; its SQL gives each area's and, under the area '*', the whole scope's
   */
  medianOf?: Metric;
  /**
   * what its rollups and month-end snapshots keep instead of its cells, when those do not add up over
   * target groups and areas: a median's distribution (col: whole months, value: children), from which
   * any scope's median is worked out (medians.ts)
   */
  kept?: string;
  /** a flow's cells per day (area, tg, col, day, value), kept with the rollups: a period's value is the sum of its days */
  byDay?: string;
}

/** The unit price of each service type and unit in force on `date` (an SQL expression). */
export const pricesOn = (date: string) => `(SELECT DISTINCT ON (sp.service_type, sp.unit) sp.service_type, sp.unit, sp.price_eur AS eur
    FROM service_price sp WHERE sp.valid_from <= ${date} ORDER BY sp.service_type, sp.unit, sp.valid_from DESC)`;

/** A plan service's volume per month (`ps`). */
const MONTHLY_VOLUME = `CASE ps.period WHEN 'WEEK' THEN ps.volume * 52 / 12 ELSE ps.volume END`;

/** A text[] literal of placement types (checked as identifiers when the data file loads). */
const typeList = (types: readonly string[]) => `'{${types.join(',')}}'::text[]`;

/** Each care level and living arrangement with the scenario that costs it and its monthly amount (004 L, table 3). */
const CARE_SCENARIOS = `(VALUES ${[1, 2, 3, 4].flatMap((level) => (['FAMILY', 'GROUP_APARTMENT'] as LivingArrangement[]).map((livesIn) => {
  const scenario = scenarioFor(level, livesIn);
  return `(${level}, '${livesIn}', '${scenario.id}', ${scenarioMonthlyEur(scenario)}::numeric)`;
})).join(', ')}) AS sc(level, lives, id, eur)`;

/** The monthly amount of each care scenario (a column of the care level figures). */
export const CARE_SCENARIO_EUR: ReadonlyMap<string, number> = new Map(CARE_LEVELS.scenarios.map((s) => [s.id, scenarioMonthlyEur(s)]));

/**
 * Adults with an open case at period end by the care level of their latest assessment that set one
 * and the scenario it puts them in: where they live at period end (a group apartment, or a family
 * or social house), not counted while they live in an institution.
 */
const careLevelSql = (value: string) => `
    SELECT s.area, s.target_group AS tg, sc.id AS col, ${value} AS value FROM scoped s
      JOIN LATERAL (SELECT a.care_level FROM assessment a WHERE a.case_id = s.id AND a.care_level IS NOT NULL AND a.assessed_on <= $2
                     ORDER BY a.assessed_on DESC, a.created_at DESC, a.id LIMIT 1) assessed ON true
     CROSS JOIN LATERAL (SELECT bool_or(p.type = ANY(${typeList(CARE_LEVELS.notCosted.placementTypes)})) AS away,
                                bool_or(p.type = ANY(${typeList(CARE_LEVELS.livingArrangements.GROUP_APARTMENT.placementTypes)})) AS grouped
                           FROM placement p WHERE p.case_id = s.id AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)) home
      JOIN ${CARE_SCENARIOS} ON sc.level = assessed.care_level AND sc.lives = CASE WHEN home.grouped THEN 'GROUP_APARTMENT' ELSE 'FAMILY' END
     WHERE s.target_group = 'ADULT_WITH_MENTAL_DISORDER' AND s.opened_on <= $2 AND (s.closed_on IS NULL OR s.closed_on > $2)
       AND NOT COALESCE(home.away, false)
     GROUP BY 1, 2, 3`;

/**
 * Children in out-of-family care at $2 (not with the birth family), one row each, with the first day of
 * their stay in care: the earliest placement outside the family since their last exit from care. A CTE
 * of SCOPED (`in_care`): computed once for the figures that read it (hash joins over the placements,
 * not a lookup per case), and not at all for a request that reads none of them. Its reads of placements
 * keep to the cases in scope: a municipality's rollup read every placement in Latvia (on 1,000,000 cases).
 */
const IN_CARE = `in_care AS (
  SELECT s.area, s.target_group AS tg, s.id, s.client_id, min(q.starts_on) AS first_day
    FROM scoped s
    JOIN (SELECT DISTINCT p.case_id FROM placement p
           WHERE p.type <> 'BIRTH_FAMILY' AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)
             AND p.case_id IN (SELECT id FROM scoped)) now ON now.case_id = s.id
    JOIN placement q ON q.case_id = s.id AND q.type <> 'BIRTH_FAMILY' AND q.starts_on <= $2
    LEFT JOIN (SELECT x.case_id, max(x.ends_on) AS last_exit FROM placement x
                WHERE x.exit_destination IS NOT NULL AND x.ends_on <= $2 AND x.case_id IN (SELECT id FROM scoped)
                GROUP BY x.case_id) e ON e.case_id = s.id
   WHERE s.target_group <> 'ADULT_WITH_MENTAL_DISORDER' AND q.starts_on >= COALESCE(e.last_exit, '-infinity'::date)
   GROUP BY s.area, s.target_group, s.id, s.client_id)`;

/** A placement `p` (not in an institution) whose previous placement was in one: a move from an institution. */
const AFTER_INSTITUTION = `JOIN LATERAL (SELECT q.type FROM placement q WHERE q.case_id = p.case_id AND q.starts_on < p.starts_on
                     ORDER BY q.starts_on DESC, q.created_at DESC, q.id LIMIT 1) previous ON previous.type = 'INSTITUTION'`;

/**
 * Per metric: what its columns are, and the SQL of its cells as (area, tg, col, value) over
 * `scoped`, the cases in the caller's scope ($1 period start, $2 period end). Counts are kept per
 * target group and summed over them, so the live figures and the rollups always agree.
 */
export const METRICS: Record<Metric, MetricDefinition> = {
  [Metric.OPEN_CASES]: { columns: 'TARGET_GROUP', sql: `
    SELECT s.area, s.target_group AS tg, s.target_group AS col, count(DISTINCT s.client_id) AS value FROM scoped s
     WHERE s.opened_on <= $2 AND (s.closed_on IS NULL OR s.closed_on > $2) GROUP BY 1, 2, 3` },
  [Metric.IN_INSTITUTIONS]: { columns: 'ALL', sql: `
    SELECT s.area, s.target_group AS tg, 'ALL' AS col, count(DISTINCT s.client_id) AS value FROM scoped s
      JOIN placement p ON p.case_id = s.id AND p.type = 'INSTITUTION' AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)
     GROUP BY 1, 2, 3` },
  [Metric.BEYOND_STAY_LIMIT]: { columns: 'ALL', sql: `
    SELECT s.area, s.target_group AS tg, 'ALL' AS col, count(DISTINCT s.client_id) AS value FROM scoped s
      JOIN client cl ON cl.id = s.client_id
      JOIN placement p ON p.case_id = s.id AND p.type = 'INSTITUTION' AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)
     WHERE s.target_group <> 'ADULT_WITH_MENTAL_DISORDER' AND cl.birth_date IS NOT NULL
       AND p.starts_on + CASE WHEN age(p.starts_on, cl.birth_date) < interval '${RULES.youngChildUnderYears} years'
                              THEN interval '${RULES.youngChildStayMonths} months' ELSE interval '${RULES.childStayMonths} months' END < $2
     GROUP BY 1, 2, 3` },
  [Metric.MOVES_FROM_INSTITUTIONS]: { columns: 'ALL', sql: `
    SELECT s.area, s.target_group AS tg, 'ALL' AS col, count(*) AS value FROM scoped s
      JOIN placement p ON p.case_id = s.id AND p.type <> 'INSTITUTION' AND p.starts_on BETWEEN $1 AND $2
      ${AFTER_INSTITUTION}
     GROUP BY 1, 2, 3`,
  byDay: `
    SELECT s.area, s.target_group AS tg, 'ALL' AS col, p.starts_on AS day, count(*) AS value FROM scoped s
      JOIN placement p ON p.case_id = s.id AND p.type <> 'INSTITUTION' AND p.starts_on <= $2
      ${AFTER_INSTITUTION}
     GROUP BY 1, 2, 3, 4` },
  // the waiting list itself: applied by then, neither admitted nor removed by then
  [Metric.WAITING_FOR_SERVICE]: { columns: 'LONG_TERM_SERVICE', sql: `
    SELECT s.area, s.target_group AS tg, a.service AS col, count(DISTINCT s.client_id) AS value FROM scoped s
      JOIN care_application a ON a.case_id = s.id AND a.applied_on <= $2 AND COALESCE(a.admitted_on, a.removed_on, 'infinity'::date) > $2
     GROUP BY 1, 2, 3` },
  [Metric.SERVICES_IN_PLANS]: { columns: 'SERVICE_TYPE', sql: `
    SELECT s.area, s.target_group AS tg, ps.service_type AS col, count(DISTINCT s.client_id) AS value FROM scoped s
      JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE' JOIN plan_service ps ON ps.plan_id = p.id
     WHERE s.status <> 'CLOSED' GROUP BY 1, 2, 3` },
  // a service without a price for its unit on the date is left out (no row: never a 0), and counted in SERVICES_PRICE_UNKNOWN
  [Metric.MONTHLY_COST]: { columns: 'SERVICE_TYPE', countedBy: Metric.SERVICES_IN_PLANS, unpricedIn: Metric.SERVICES_PRICE_UNKNOWN, sql: `
    SELECT s.area, s.target_group AS tg, ps.service_type AS col, round(sum(${MONTHLY_VOLUME} * price.eur), 2) AS value
      FROM scoped s JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE' JOIN plan_service ps ON ps.plan_id = p.id
      JOIN ${pricesOn('$2')} price ON price.service_type = ps.service_type AND price.unit = ps.unit
     WHERE s.status <> 'CLOSED' GROUP BY 1, 2, 3` },
  // unpriced as a filter (every column is NOT NULL), not an anti-join: as one, the planner expected few rows and read every plan service
  [Metric.SERVICES_PRICE_UNKNOWN]: { columns: 'SERVICE_TYPE', sql: `
    SELECT s.area, s.target_group AS tg, ps.service_type AS col, count(DISTINCT s.client_id) AS value
      FROM scoped s JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE' JOIN plan_service ps ON ps.plan_id = p.id
     WHERE s.status <> 'CLOSED' AND (ps.service_type, ps.unit) NOT IN (SELECT price.service_type, price.unit FROM ${pricesOn('$2')} price)
     GROUP BY 1, 2, 3` },
  [Metric.OVERDUE_REVIEWS]: { columns: 'ALL', sql: `
    SELECT s.area, s.target_group AS tg, 'ALL' AS col, count(*) AS value FROM scoped s
      JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE'
     WHERE s.status <> 'CLOSED' AND p.review_due_on < $2 GROUP BY 1, 2, 3` },
  [Metric.FOSTER_CHILDREN]: { columns: 'FOSTER_FORM', sql: `
    SELECT s.area, s.target_group AS tg, p.foster_form AS col, count(DISTINCT s.client_id) AS value FROM scoped s
      JOIN placement p ON p.case_id = s.id AND p.type = 'FOSTER_FAMILY' AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)
     GROUP BY 1, 2, 3` },
  [Metric.FOSTER_CARERS]: { columns: 'ALL', sql: `
    SELECT s.area, s.target_group AS tg, 'ALL' AS col, count(DISTINCT p.carer_ref) AS value FROM scoped s
      JOIN placement p ON p.case_id = s.id AND p.type = 'FOSTER_FAMILY' AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)
     GROUP BY 1, 2, 3` },
  [Metric.CLIENTS_BY_CARE_LEVEL]: { columns: 'CARE_SCENARIO', sql: careLevelSql('count(DISTINCT s.client_id)') },
  // the scenario's amount is one per column, so the cost is exactly the count times it
  [Metric.CARE_LEVEL_MONTHLY_COST]: { columns: 'CARE_SCENARIO', countedBy: Metric.CLIENTS_BY_CARE_LEVEL,
    amountPerColumn: (column) => CARE_SCENARIO_EUR.get(column) ?? 0, sql: careLevelSql('count(DISTINCT s.client_id) * min(sc.eur)') },
  [Metric.CHILDREN_IN_CARE_BY_GOAL]: { columns: 'PERMANENCY_GOAL', sql: `
    SELECT c.area, c.tg, COALESCE(goal.goal, 'NO_PLAN') AS col, count(DISTINCT c.client_id) AS value FROM in_care c
      LEFT JOIN (SELECT DISTINCT ON (x.case_id) x.case_id, x.goal FROM permanency_plan x
                  WHERE x.decided_on <= $2 AND x.case_id IN (SELECT id FROM in_care)
                  ORDER BY x.case_id, x.version DESC) goal ON goal.case_id = c.id
     GROUP BY 1, 2, 3` },
  [Metric.CHILDREN_IN_CARE_OVER_TWO_YEARS]: { columns: 'ALL', sql: `
    SELECT c.area, c.tg, 'ALL' AS col, count(DISTINCT c.client_id) AS value FROM in_care c
     WHERE (c.first_day + interval '2 years')::date < $2 GROUP BY 1, 2, 3` },
  // one value per area and one for the whole scope (area '*'): a median is not a sum of target groups' medians
  [Metric.MEDIAN_MONTHS_IN_CARE]: { columns: 'ALL', medianOf: Metric.CHILDREN_IN_CARE_BY_GOAL, sql: `
    SELECT COALESCE(c.area, '*') AS area, NULL::text AS tg, 'ALL' AS col,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(year FROM age($2::date, c.first_day)) * 12
                                                     + extract(month FROM age($2::date, c.first_day)))::numeric AS value
      FROM in_care c GROUP BY GROUPING SETS ((c.area), ())`,
  kept: `
    SELECT c.area, c.tg, (extract(year FROM age($2::date, c.first_day)) * 12 + extract(month FROM age($2::date, c.first_day)))::int::text AS col,
           count(*) AS value
      FROM in_care c GROUP BY 1, 2, 3` },
  [Metric.EXITS_FROM_CARE]: { columns: 'EXIT_DESTINATION', sql: `
    SELECT s.area, s.target_group AS tg, p.exit_destination AS col, count(*) AS value FROM scoped s
      JOIN placement p ON p.case_id = s.id AND p.exit_destination IS NOT NULL AND p.ends_on BETWEEN $1 AND $2
     GROUP BY 1, 2, 3`,
  byDay: `
    SELECT s.area, s.target_group AS tg, p.exit_destination AS col, p.ends_on AS day, count(*) AS value FROM scoped s
      JOIN placement p ON p.case_id = s.id AND p.exit_destination IS NOT NULL AND p.ends_on <= $2
     GROUP BY 1, 2, 3, 4` },
  // the provider register: where a provider's places are, not where its clients' cases are
  [Metric.SERVICE_PLACES]: { columns: 'PROVIDER_SERVICE', sql: `
    SELECT ${PROVIDER_AREA} AS area, NULL::text AS tg, ps.service_type AS col, sum(ps.places) AS value
      FROM service_provider sp JOIN provider_service ps ON ps.agency_code = sp.agency_code JOIN municipality m ON m.code = sp.municipality_code
     WHERE ($3::text[] IS NULL OR m.code = ANY($3::text[])) GROUP BY 1, 2, 3` },
  [Metric.PLACES_IN_USE]: { columns: 'PROVIDER_SERVICE', sql: `
    SELECT ${PROVIDER_AREA} AS area, NULL::text AS tg, u.service_type AS col, count(DISTINCT u.client_id) AS value FROM (
      SELECT ps.agency_code, ps.service_type, c.client_id FROM provider_service ps JOIN agency a ON a.code = ps.agency_code
        JOIN placement p ON p.provider_agency_id = a.id AND p.type = ps.placement_type AND p.starts_on <= $2
                        AND (p.ends_on IS NULL OR p.ends_on > $2)
        JOIN care_case c ON c.id = p.case_id
       WHERE $4::text IS NULL OR c.target_group = $4
      UNION ALL
      SELECT ps.agency_code, ps.service_type, c.client_id FROM provider_service ps JOIN agency a ON a.code = ps.agency_code
        JOIN plan_service v ON v.provider_agency_id = a.id AND v.service_type = ps.service_type
        JOIN support_plan pl ON pl.id = v.plan_id AND pl.status = 'ACTIVE'
        JOIN care_case c ON c.id = pl.case_id AND c.status <> 'CLOSED'
       WHERE ps.placement_type IS NULL AND ($4::text IS NULL OR c.target_group = $4)) u
      JOIN service_provider sp ON sp.agency_code = u.agency_code JOIN municipality m ON m.code = sp.municipality_code
     WHERE ($3::text[] IS NULL OR m.code = ANY($3::text[]))
     GROUP BY 1, 2, 3`, kept: PLACED_WITH_PROVIDERS },
  // every evaluated goal of every plan version, counted once on the day of its evaluation
  [Metric.GOALS_BY_OUTCOME]: { columns: 'GOAL_OUTCOME', sql: `
    SELECT s.area, s.target_group AS tg, g.outcome AS col, count(*) AS value FROM scoped s
      JOIN support_plan p ON p.case_id = s.id JOIN plan_goal g ON g.plan_id = p.id AND g.evaluated_on BETWEEN $1 AND $2
     GROUP BY 1, 2, 3`,
  byDay: `
    SELECT s.area, s.target_group AS tg, g.outcome AS col, g.evaluated_on AS day, count(*) AS value FROM scoped s
      JOIN support_plan p ON p.case_id = s.id JOIN plan_goal g ON g.plan_id = p.id AND g.evaluated_on <= $2
     GROUP BY 1, 2, 3, 4` },
  [Metric.PLANS_MISSING_SECTIONS]: { columns: 'ALL', sql: `
    SELECT s.area, s.target_group AS tg, 'ALL' AS col, count(*) AS value FROM scoped s
      JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE' JOIN plan_template req ON req.target_group = s.target_group
     WHERE s.status <> 'CLOSED'
       AND NOT (ARRAY(SELECT jsonb_array_elements_text(req.required_sections))
                <@ ARRAY(SELECT ps.section FROM plan_section ps WHERE ps.plan_id = p.id))
     GROUP BY 1, 2, 3` },
  [Metric.PLANS_WITHOUT_AGREEMENT]: { columns: 'AGREEMENT', sql: `
    SELECT s.area, s.target_group AS tg, p.agreement AS col, count(*) AS value FROM scoped s
      JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE'
     WHERE s.status <> 'CLOSED' AND p.agreement <> 'AGREED' GROUP BY 1, 2, 3` },
  [Metric.CHILDREN_WAITING_FOR_FAMILY]: { columns: 'ALL', sql: `
    SELECT c.area, c.tg, 'ALL' AS col, count(DISTINCT c.client_id) AS value FROM in_care c
     WHERE EXISTS (SELECT 1 FROM placement p WHERE p.case_id = c.id AND p.type IN ('INSTITUTION', 'CRISIS_CENTRE')
                      AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2))
     GROUP BY 1, 2, 3` },
  [Metric.ACTIVE_CARERS]: { columns: 'FOSTER_FORM', sql: CARER_SQL.ACTIVE_CARERS },
  [Metric.FREE_FAMILY_PLACES]: { columns: 'ALL', sql: CARER_SQL.FREE_FAMILY_PLACES },
  [Metric.SUITABILITY_DECISIONS]: { columns: 'ALL', sql: CARER_SQL.SUITABILITY_DECISIONS },
  // a mean describes the carers it is taken over: published as a median is, where their count reaches the threshold
  [Metric.MEAN_DAYS_TO_SUITABILITY]: { columns: 'ALL', medianOf: Metric.SUITABILITY_DECISIONS, sql: CARER_SQL.MEAN_DAYS_TO_SUITABILITY },
};

const scoped = (area: string, levels = '', only = '') => `scoped AS (
  SELECT c.id, c.client_id, c.target_group, c.opened_on, c.closed_on, c.status,
         ${area} AS area
    FROM care_case c JOIN municipality m ON m.code = c.responsible_municipality_code${levels}
   WHERE ($3::text[] IS NULL OR m.code = ANY($3::text[])) AND ($4::text IS NULL OR c.target_group = $4)
     AND $1::date <= $2::date${only}), ${IN_CARE},
  areas AS (SELECT m.code AS municipality_code, ${area} AS area FROM municipality m${levels}
             WHERE ($3::text[] IS NULL OR m.code = ANY($3::text[])) AND $1::date <= $2::date)`;

/**
 * The cases in scope, with the area they count under: $3 municipality codes (null: all of
 * Latvia), $4 target group (or null), $5 'REGION' or 'MUNICIPALITY'; and `areas`, the
 * municipalities in scope with the same area, for the figures of registers (where a carer lives).
 */
export const SCOPED = scoped(`CASE WHEN $5 = 'REGION' THEN m.region_code ELSE m.code END`);

/**
 * The same cases, each twice: under `MUNICIPALITY:<code>` and under `REGION:<code>` (no $5). Every
 * figure groups the rows of one area only, so each area gets exactly what SCOPED gives it, and
 * both levels come from one pass over the sources (month-end snapshots). `only`: a further filter of the cases.
 */
export const scopedBothLevels = (only = '') => scoped('lv.area',
  ` CROSS JOIN LATERAL (VALUES ('MUNICIPALITY:' || m.code), ('REGION:' || m.region_code)) lv(area)`, only);
export const SCOPED_BOTH_LEVELS = scopedBothLevels();

/**
 * What a figure for a past date depends on, which decides where it can be kept:
 * - DATED: only dated facts (case dates, placements, birth dates), so the figure for a month's end
 *   stays put until a back-dated write; kept in month-end snapshots. The care path's figures
 *   (permanency goals, time in care and its median, kept as a distribution; exits) and goals
 *   evaluated are DATED too: placements, permanency decisions and goal evaluations are dated facts,
 *   and the triggers mark the months a write touches (migration CarePathSnapshots).
 * - WAITING: the waiting list for long-term care (applications and their dates); snapshotted too, and
 *   stale for the months a back-dated application, admission or removal touches.
 * - PLANS: today's plans and case statuses only (services in plans ignore the period, overdue
 *   reviews compare today's plans' due dates with the period's end, costs take the prices then):
 *   a month-end copy would go stale with every plan saved, so they come from tables of today's
 *   plans kept with the rollups, for any date; today's plans' sections and agreements among them.
 *   Places in use are DATED and PLANS at once, kept per provider and read by places.ts.
 * - LIVE: the provider register's places (reference data), and the suitability decisions of a period and
 *   their mean time (an index range over the decisions of the period): computed from the source tables on
 *   every request. The foster families active at a date and their free places are DATED: dated facts of the
 *   carer register (its status steps, forms recognised, children placed), marked in the months a write
 *   touches where the family lives (migration CarerFiguresKept); live they took ~95 ms on 100,000 cases.
 *   Children waiting for a family are counted from cases and placements, dated facts: DATED too (live it
 *   took 300 ms on 100,000 cases).
 */
export type MetricClass = 'DATED' | 'WAITING' | 'PLANS' | 'LIVE';
export const METRIC_CLASS: Record<Metric, MetricClass> = {
  [Metric.OPEN_CASES]: 'DATED', [Metric.IN_INSTITUTIONS]: 'DATED', [Metric.BEYOND_STAY_LIMIT]: 'DATED',
  [Metric.MOVES_FROM_INSTITUTIONS]: 'DATED', [Metric.FOSTER_CHILDREN]: 'DATED', [Metric.FOSTER_CARERS]: 'DATED',
  [Metric.CLIENTS_BY_CARE_LEVEL]: 'DATED', [Metric.CARE_LEVEL_MONTHLY_COST]: 'DATED',
  [Metric.WAITING_FOR_SERVICE]: 'WAITING',
  [Metric.SERVICES_IN_PLANS]: 'PLANS', [Metric.MONTHLY_COST]: 'PLANS', [Metric.SERVICES_PRICE_UNKNOWN]: 'PLANS',
  [Metric.OVERDUE_REVIEWS]: 'PLANS',
  [Metric.CHILDREN_IN_CARE_BY_GOAL]: 'DATED', [Metric.CHILDREN_IN_CARE_OVER_TWO_YEARS]: 'DATED', [Metric.MEDIAN_MONTHS_IN_CARE]: 'DATED',
  [Metric.EXITS_FROM_CARE]: 'DATED', [Metric.SERVICE_PLACES]: 'LIVE', [Metric.PLACES_IN_USE]: 'DATED',
  [Metric.GOALS_BY_OUTCOME]: 'DATED', [Metric.PLANS_MISSING_SECTIONS]: 'PLANS', [Metric.PLANS_WITHOUT_AGREEMENT]: 'PLANS',
  [Metric.ACTIVE_CARERS]: 'DATED', [Metric.FREE_FAMILY_PLACES]: 'DATED', [Metric.CHILDREN_WAITING_FOR_FAMILY]: 'DATED',
  [Metric.SUITABILITY_DECISIONS]: 'LIVE', [Metric.MEAN_DAYS_TO_SUITABILITY]: 'LIVE',
};

/** Figures counted over the period rather than at its end: a period of whole months is the sum of its months. */
export const FLOWS: ReadonlySet<Metric> = new Set([Metric.MOVES_FROM_INSTITUTIONS, Metric.EXITS_FROM_CARE, Metric.GOALS_BY_OUTCOME,
  Metric.SUITABILITY_DECISIONS]);

/**
 * Today's active plans of cases not closed, as the plan figures read them: monthly volumes per
 * service type and unit, unrounded (a cost is their volume times the price in force, rounded per
 * area as MONTHLY_COST rounds: exact numeric arithmetic gives the same sum), and plans per month
 * their review is due, with those due before its last day (OVERDUE_REVIEWS at a month's end: the
 * plans due in earlier months and those due before its last day).
 */
export const PLAN_VOLUMES = `
  SELECT s.area, s.target_group AS tg, ps.service_type, ps.unit, sum(${MONTHLY_VOLUME}) AS volume
    FROM scoped s JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE' JOIN plan_service ps ON ps.plan_id = p.id
   WHERE s.status <> 'CLOSED' GROUP BY 1, 2, 3, 4`;
/**
 * The same plans' services per service type and set of units each client has of it (one row per client
 * and type): the clients with a service of unknown price on any date are those whose set has a unit
 * without a price then, each once (SERVICES_PRICE_UNKNOWN for any date).
 */
export const PLAN_UNITS = `
  SELECT area, tg, service_type, units, count(*) AS clients FROM (
    SELECT s.area, s.target_group AS tg, ps.service_type, s.client_id, array_agg(DISTINCT ps.unit ORDER BY ps.unit) AS units
      FROM scoped s JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE' JOIN plan_service ps ON ps.plan_id = p.id
     WHERE s.status <> 'CLOSED' GROUP BY 1, 2, 3, 4) x
   GROUP BY 1, 2, 3, 4`;
export const REVIEWS_BY_MONTH = `
  SELECT s.area, s.target_group AS tg, due.month, count(*) AS plans,
         count(*) FILTER (WHERE p.review_due_on < (due.month + interval '1 month' - interval '1 day')::date) AS before_last_day
    FROM scoped s JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE'
   CROSS JOIN LATERAL (SELECT date_trunc('month', p.review_due_on::timestamp)::date AS month) due
   WHERE s.status <> 'CLOSED' GROUP BY 1, 2, 3`;

/** A cell of a figure as SQL gives it, summed over target groups. */
export type FigureValue = { metric: Metric; area: string; col: string; value: string };

/** The asked figures as one statement over `scoped`: rows (metric, area, tg, col, value). */
export const figuresSql = (metrics: Metric[]) =>
  metrics.map((m) => `SELECT '${m}' AS metric, x.* FROM (${METRICS[m].sql}) x`).join(' UNION ALL ');

/** The same as the rollups and snapshots keep them (a median as its distribution). */
export const keptFiguresSql = (metrics: Metric[]) =>
  metrics.map((m) => `SELECT '${m}' AS metric, x.* FROM (${METRICS[m].kept ?? METRICS[m].sql}) x`).join(' UNION ALL ');

/** Flows per day, for the rollups: rows (metric, area, tg, col, day, value). */
export const flowsByDaySql = (metrics: Metric[]) =>
  metrics.map((m) => `SELECT '${m}' AS metric, x.* FROM (${METRICS[m].byDay}) x`).join(' UNION ALL ');
