import { registerEnumType } from 'type-graphql';
import { RULES } from '../monitoring';
import { CARE_LEVELS, LivingArrangement, PLAN_TEMPLATES, scenarioFor, scenarioMonthlyEur } from '../reference';

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
  /** clients waiting for a service: recommended in their latest assessment, not in their active plan */
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
  /** goals of support plans evaluated in the period, by outcome (the ACHIEVED column: goals achieved) */
  GOALS_BY_OUTCOME = 'GOALS_BY_OUTCOME',
  /** active support plans of open cases lacking a section their target group's template requires, today */
  PLANS_MISSING_SECTIONS = 'PLANS_MISSING_SECTIONS',
  /** active support plans of open cases without the client's agreement today, by what there is instead */
  PLANS_WITHOUT_AGREEMENT = 'PLANS_WITHOUT_AGREEMENT',
}
registerEnumType(Metric, { name: 'Metric', description: 'A DI monitoring figure', valuesConfig: {
  GOALS_BY_OUTCOME: { description: 'Goals of support plans evaluated in the period, by outcome (ACHIEVED: goals achieved)' },
  PLANS_MISSING_SECTIONS: { description: "Active plans lacking a section their target group's template requires, today" },
  PLANS_WITHOUT_AGREEMENT: { description: "Active plans without the client's agreement today, by what they have instead" },
} });

export type ColumnSet = 'TARGET_GROUP' | 'SERVICE_TYPE' | 'FOSTER_FORM' | 'CARE_SCENARIO' | 'GOAL_OUTCOME' | 'AGREEMENT' | 'ALL';

/** The answers other than an agreement that an active plan can have (the columns of PLANS_WITHOUT_AGREEMENT). */
export const WITHOUT_AGREEMENT = ['REFUSED', 'RECORDED_BEFORE_RULE', 'PENDING'];

/** Each target group's required sections (the plan templates, checked as identifiers when the file loads). */
const REQUIRED_SECTIONS = `(VALUES ${[...PLAN_TEMPLATES.required].map(([group, sections]) =>
  `('${group}', '{${sections.join(',')}}'::text[])`).join(', ')}) AS req(target_group, sections)`;

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
      JOIN LATERAL (SELECT q.type FROM placement q WHERE q.case_id = p.case_id AND q.starts_on < p.starts_on
                     ORDER BY q.starts_on DESC, q.created_at DESC, q.id LIMIT 1) previous ON previous.type = 'INSTITUTION'
     GROUP BY 1, 2, 3` },
  [Metric.WAITING_FOR_SERVICE]: { columns: 'SERVICE_TYPE', sql: `
    SELECT s.area, s.target_group AS tg, wanted.service AS col, count(DISTINCT s.client_id) AS value FROM scoped s
      JOIN (SELECT DISTINCT ON (a.case_id) a.case_id, a.recommended_services FROM assessment a WHERE a.assessed_on <= $2
             ORDER BY a.case_id, a.assessed_on DESC, a.created_at DESC, a.id) latest ON latest.case_id = s.id
      LEFT JOIN (SELECT p.case_id, array_agg(ps.service_type) AS services FROM support_plan p JOIN plan_service ps ON ps.plan_id = p.id
                  WHERE p.status = 'ACTIVE' GROUP BY p.case_id) planned ON planned.case_id = s.id
     CROSS JOIN LATERAL unnest(latest.recommended_services) AS wanted(service)
     WHERE s.opened_on <= $2 AND (s.closed_on IS NULL OR s.closed_on > $2)
       AND NOT (wanted.service = ANY(COALESCE(planned.services, '{}')))
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
  [Metric.SERVICES_PRICE_UNKNOWN]: { columns: 'SERVICE_TYPE', sql: `
    SELECT s.area, s.target_group AS tg, ps.service_type AS col, count(DISTINCT s.client_id) AS value
      FROM scoped s JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE' JOIN plan_service ps ON ps.plan_id = p.id
      LEFT JOIN ${pricesOn('$2')} price ON price.service_type = ps.service_type AND price.unit = ps.unit
     WHERE s.status <> 'CLOSED' AND price.eur IS NULL GROUP BY 1, 2, 3` },
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
  // every evaluated goal of every plan version, counted once on the day of its evaluation
  [Metric.GOALS_BY_OUTCOME]: { columns: 'GOAL_OUTCOME', sql: `
    SELECT s.area, s.target_group AS tg, g.outcome AS col, count(*) AS value FROM scoped s
      JOIN support_plan p ON p.case_id = s.id JOIN plan_goal g ON g.plan_id = p.id AND g.evaluated_on BETWEEN $1 AND $2
     GROUP BY 1, 2, 3` },
  [Metric.PLANS_MISSING_SECTIONS]: { columns: 'ALL', sql: `
    SELECT s.area, s.target_group AS tg, 'ALL' AS col, count(*) AS value FROM scoped s
      JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE' JOIN ${REQUIRED_SECTIONS} ON req.target_group = s.target_group
     WHERE s.status <> 'CLOSED'
       AND NOT (req.sections <@ ARRAY(SELECT ps.section FROM plan_section ps WHERE ps.plan_id = p.id))
     GROUP BY 1, 2, 3` },
  [Metric.PLANS_WITHOUT_AGREEMENT]: { columns: 'AGREEMENT', sql: `
    SELECT s.area, s.target_group AS tg, p.agreement AS col, count(*) AS value FROM scoped s
      JOIN support_plan p ON p.case_id = s.id AND p.status = 'ACTIVE'
     WHERE s.status <> 'CLOSED' AND p.agreement <> 'AGREED' GROUP BY 1, 2, 3` },
};

const scoped = (area: string, levels = '') => `scoped AS (
  SELECT c.id, c.client_id, c.target_group, c.opened_on, c.closed_on, c.status,
         ${area} AS area
    FROM care_case c JOIN municipality m ON m.code = c.responsible_municipality_code${levels}
   WHERE ($3::text[] IS NULL OR m.code = ANY($3::text[])) AND ($4::text IS NULL OR c.target_group = $4)
     AND $1::date <= $2::date)`;

/**
 * The cases in scope, with the area they count under: $3 municipality codes (null: all of
 * Latvia), $4 target group (or null), $5 'REGION' or 'MUNICIPALITY'.
 */
export const SCOPED = scoped(`CASE WHEN $5 = 'REGION' THEN m.region_code ELSE m.code END`);

/**
 * The same cases, each twice: under `MUNICIPALITY:<code>` and under `REGION:<code>` (no $5). Every
 * figure groups the rows of one area only, so each area gets exactly what SCOPED gives it, and
 * both levels come from one pass over the sources (month-end snapshots).
 */
export const SCOPED_BOTH_LEVELS = scoped('lv.area',
  ` CROSS JOIN LATERAL (VALUES ('MUNICIPALITY:' || m.code), ('REGION:' || m.region_code)) lv(area)`);

/**
 * What a figure for a past date depends on, which decides where it can be kept:
 * - DATED: only dated facts (case dates, placements, birth dates), so the figure for a month's end
 *   stays put until a back-dated write; kept in month-end snapshots.
 * - WAITING: the month's cases and latest assessments against *today's* plans; snapshotted too, and
 *   stale for the months a changed plan's case was open and assessed.
 * - LIVE: computed from the source tables on every request (goals evaluated in the period, today's
 *   plans' sections and agreements): not kept anywhere, never stale.
 * - PLANS: today's plans and case statuses only (services in plans ignore the period, overdue
 *   reviews compare today's plans' due dates with the period's end, costs take the prices then):
 *   a month-end copy would go stale with every plan saved, so they come from tables of today's
 *   plans kept with the rollups, for any date.
 */
export type MetricClass = 'DATED' | 'WAITING' | 'PLANS' | 'LIVE';
export const METRIC_CLASS: Record<Metric, MetricClass> = {
  [Metric.OPEN_CASES]: 'DATED', [Metric.IN_INSTITUTIONS]: 'DATED', [Metric.BEYOND_STAY_LIMIT]: 'DATED',
  [Metric.MOVES_FROM_INSTITUTIONS]: 'DATED', [Metric.FOSTER_CHILDREN]: 'DATED', [Metric.FOSTER_CARERS]: 'DATED',
  [Metric.CLIENTS_BY_CARE_LEVEL]: 'DATED', [Metric.CARE_LEVEL_MONTHLY_COST]: 'DATED',
  [Metric.WAITING_FOR_SERVICE]: 'WAITING',
  [Metric.SERVICES_IN_PLANS]: 'PLANS', [Metric.MONTHLY_COST]: 'PLANS', [Metric.SERVICES_PRICE_UNKNOWN]: 'PLANS',
  [Metric.OVERDUE_REVIEWS]: 'PLANS',
  [Metric.GOALS_BY_OUTCOME]: 'LIVE', [Metric.PLANS_MISSING_SECTIONS]: 'LIVE', [Metric.PLANS_WITHOUT_AGREEMENT]: 'LIVE',
};

/** Figures counted over the period rather than at its end: a period of whole months is the sum of its months. */
export const FLOWS: ReadonlySet<Metric> = new Set([Metric.MOVES_FROM_INSTITUTIONS]);

/** Moves from institutions per day, for the rollups (a period's moves are the sum of its days). */
export const MOVES_BY_DAY = `
  SELECT s.area, s.target_group AS tg, p.starts_on AS day, count(*) AS value FROM scoped s
    JOIN placement p ON p.case_id = s.id AND p.type <> 'INSTITUTION' AND p.starts_on <= $2
    JOIN LATERAL (SELECT q.type FROM placement q WHERE q.case_id = p.case_id AND q.starts_on < p.starts_on
                   ORDER BY q.starts_on DESC, q.created_at DESC, q.id LIMIT 1) previous ON previous.type = 'INSTITUTION'
   GROUP BY 1, 2, 3`;

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
