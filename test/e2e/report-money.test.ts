import type { ResultOf } from '@graphql-typed-document-node/core';
import { addDays, monthOf, today } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { isolated, totalEquations, unknownsOf } from '../../src/reporting/disclosure';
import { Metric } from '../../src/reporting/metrics';
import { rebuildRollups } from '../../src/reporting/rollups';
import { fromSnapshots, refreshSnapshots } from '../../src/reporting/snapshots';
import { GroupBy } from '../../src/reporting/summary.types';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const SUMMARY = graphql(`query MoneyFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {
  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {
    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }
      rows { areaCode cells { value suppressed unknown } total { value suppressed unknown } } }
  }
}`);
type Summary = ResultOf<typeof SUMMARY>['regionalSummary'];
type FigureOut = Summary['figures'][number];

const TODAY = today();
const NOW = { from: monthOf(TODAY).first, to: TODAY };
const LAST_MONTH = { from: monthOf(TODAY, 1).first, to: monthOf(TODAY, 1).last };
const MONEY = ['SERVICES_IN_PLANS', 'MONTHLY_COST', 'SERVICES_PRICE_UNKNOWN', 'CLIENTS_BY_CARE_LEVEL', 'CARE_LEVEL_MONTHLY_COST'] as const;

/**
 * A hand-built Rīga with known answers. Children's plans: 6 with a family-like care home (1 a month:
 * the price list has no price for it), 5 with a day care centre (20 days a month at 14.94), 5 with
 * group sessions by the hour (4 h a month at 7.20) and 5 with group sessions by the session (no price
 * for that unit). Adults, by the care level of their latest assessment that set one and where they
 * live: 5 at level I in a group home (level I has a family scenario only), 6 at level II at home, 5
 * now at level II (earlier IV) in a group home, 5 at level III in a group home, 2 at level IV at
 * home; not counted: 3 at level I in an institution, 4 never given a care level, 1 at level III
 * whose case is closed.
 */
async function buildFixture(hub: TestHub): Promise<void> {
  await hub.db.query(`
    CREATE TEMP TABLE spec (tg text, n int, tag text, levels int[], home text, closed boolean);
    INSERT INTO spec VALUES
      ('CHILD_WITHOUT_PARENTAL_CARE', 6, 'family-home', NULL, NULL, false),
      ('CHILD_WITHOUT_PARENTAL_CARE', 5, 'day-centre', NULL, NULL, false),
      ('CHILD_WITH_FUNCTIONAL_IMPAIRMENT', 5, 'sessions-hour', NULL, NULL, false),
      ('CHILD_WITH_FUNCTIONAL_IMPAIRMENT', 5, 'sessions-session', NULL, NULL, false),
      ('ADULT_WITH_MENTAL_DISORDER', 5, 'adult', '{1}', 'GROUP_HOME', false),
      ('ADULT_WITH_MENTAL_DISORDER', 6, 'adult', '{2}', NULL, false),
      ('ADULT_WITH_MENTAL_DISORDER', 5, 'adult', '{4,2}', 'GROUP_HOME', false),
      ('ADULT_WITH_MENTAL_DISORDER', 5, 'adult', '{3}', 'GROUP_HOME', false),
      ('ADULT_WITH_MENTAL_DISORDER', 2, 'adult', '{4}', NULL, false),
      ('ADULT_WITH_MENTAL_DISORDER', 3, 'adult', '{1}', 'INSTITUTION', false),
      ('ADULT_WITH_MENTAL_DISORDER', 4, 'adult', '{NULL}', NULL, false),
      ('ADULT_WITH_MENTAL_DISORDER', 1, 'adult', '{3}', NULL, true);
    CREATE TEMP TABLE made AS
      SELECT gen_random_uuid() AS case_id, gen_random_uuid() AS client_id, s.*, row_number() OVER () AS k
        FROM spec s, generate_series(1, s.n);
    INSERT INTO client (id, personal_code, given_name, family_name, birth_date, gender, declared_municipality_code)
      SELECT client_id, '32' || lpad(k::text, 4, '0') || '-' || lpad(k::text, 5, '0'), 'X', 'Y',
             CASE WHEN tg LIKE 'CHILD%' THEN DATE '2016-01-01' ELSE DATE '1980-01-01' END, 'UNSPECIFIED', 'RIGA' FROM made;
    INSERT INTO care_case (id, client_id, target_group, intake_type, status, opened_on, closed_on, responsible_municipality_code)
      SELECT case_id, client_id, tg, 'VOLUNTARY', CASE WHEN closed THEN 'CLOSED' ELSE 'IMPLEMENTATION' END,
             DATE '${TODAY}' - 400, CASE WHEN closed THEN DATE '${TODAY}' - 90 END, 'RIGA' FROM made;
    INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id)
      SELECT case_id, (SELECT id FROM agency WHERE code = 'SD-RIGA'), 'CASE_MANAGER', 'x', 'u' FROM made;
    -- care levels: the earlier assessment first, the latest last
    INSERT INTO assessment (case_id, type, assessed_on, author_agency_id, author_user_id, care_level)
      SELECT case_id, 'CARE_LEVEL', DATE '${TODAY}' - 300 + 100 * (level.n::int - 1), (SELECT id FROM agency WHERE code = 'SD-RIGA'), 'u', level.v
        FROM made CROSS JOIN LATERAL unnest(levels) WITH ORDINALITY AS level(v, n) WHERE tag = 'adult';
    INSERT INTO placement (case_id, type, provider_agency_id, starts_on)
      SELECT case_id, home, (SELECT id FROM agency WHERE code = CASE home WHEN 'INSTITUTION' THEN 'VSAC-RIGA' ELSE 'SP-RIGA-GROUP-HOME' END),
             DATE '${TODAY}' - 350 FROM made WHERE home IS NOT NULL;
    INSERT INTO support_plan (case_id, version, status, valid_from, review_due_on, author_agency_id, author_user_id, activated_at)
      SELECT case_id, 1, 'ACTIVE', DATE '${TODAY}' - 200, DATE '${TODAY}' + 165, (SELECT id FROM agency WHERE code = 'SD-RIGA'), 'u', now()
        FROM made WHERE tag <> 'adult';
    INSERT INTO plan_service (plan_id, position, service_type, volume, unit, period)
      SELECT p.id, 1, x.service, x.volume, x.unit, 'MONTH' FROM support_plan p JOIN made ON made.case_id = p.case_id
        JOIN (VALUES ('family-home', 'FAMILY_LIKE_CARE_HOME', 1, 'MONTH'), ('day-centre', 'DAY_CARE_CENTRE', 20, 'DAY'),
                     ('sessions-hour', 'GROUP_SESSIONS', 4, 'HOUR'), ('sessions-session', 'GROUP_SESSIONS', 2, 'SESSION'))
             AS x(tag, service, volume, unit) ON x.tag = made.tag;
  `);
}

describe('money in the reports: prices unknown, and the expected cost by care level', () => {
  let hub: TestHub;
  let token: string;

  const ask = async (period: { from: string; to: string }, groupBy: 'REGION' | 'MUNICIPALITY', region: string | null = 'RIGA') => {
    const res = await hub.gql(token, SUMMARY, { period, groupBy, region, metrics: [...MONEY] });
    expect(res.errors).toEqual([]);
    return res.data?.regionalSummary as Summary;
  };
  const figure = (summary: Summary, metric: string) => summary.figures.find((f) => f.metric === metric) as FigureOut;
  const at = (f: FigureOut, column: string, area = 'RIGA') => f.rows.find((r) => r.areaCode === area)?.cells[f.columns.indexOf(column)];
  const shown = (value: number) => ({ value, suppressed: false, unknown: false });
  const hidden = { value: null, suppressed: true, unknown: false };
  const unknown = { value: null, suppressed: false, unknown: true };

  beforeAll(async () => {
    hub = await startHub();
    token = await hub.token('LM', UserRole.ANALYST);
    await buildFixture(hub);
  });
  afterAll(async () => { await hub.close(); });

  it('counts a service with no price for its date as price unknown, never as 0 EUR, and leaves it out of the sum', async () => {
    // the data: the price list has no family-like care home, and group sessions by the hour only
    expect(await hub.db.query(`SELECT 1 FROM service_price WHERE service_type = 'FAMILY_LIKE_CARE_HOME'`)).toEqual([]);
    expect(await hub.db.query(`SELECT unit FROM service_price WHERE service_type = 'GROUP_SESSIONS'`)).toEqual([{ unit: 'HOUR' }]);

    const riga = await ask(NOW, 'REGION');
    expect(at(figure(riga, 'SERVICES_IN_PLANS'), 'FAMILY_LIKE_CARE_HOME')).toEqual(shown(6));
    expect(at(figure(riga, 'SERVICES_PRICE_UNKNOWN'), 'FAMILY_LIKE_CARE_HOME')).toEqual(shown(6));
    expect(at(figure(riga, 'MONTHLY_COST'), 'FAMILY_LIKE_CARE_HOME')).toEqual(unknown);
    // priced by the hour for 5 (5 × 4 h × 7.20), the other 5 by the session: unknown, counted, not in the EUR
    expect(at(figure(riga, 'SERVICES_IN_PLANS'), 'GROUP_SESSIONS')).toEqual(shown(10));
    expect(at(figure(riga, 'SERVICES_PRICE_UNKNOWN'), 'GROUP_SESSIONS')).toEqual(shown(5));
    expect(at(figure(riga, 'MONTHLY_COST'), 'GROUP_SESSIONS')).toEqual(shown(144));
    expect(at(figure(riga, 'SERVICES_PRICE_UNKNOWN'), 'DAY_CARE_CENTRE')).toEqual(shown(0));
    // 5 × 20 days × 14.94 + 144: the sum of what has a price, nothing for the rest
    expect(at(figure(riga, 'MONTHLY_COST'), 'DAY_CARE_CENTRE')).toEqual(shown(1494));
    expect(figure(riga, 'MONTHLY_COST').total).toEqual(shown(1638));
    expect(figure(riga, 'SERVICES_PRICE_UNKNOWN').total).toEqual(shown(11));
    // a service type nobody has costs nothing, and says so
    expect(at(figure(riga, 'MONTHLY_COST'), 'HOME_CARE')).toEqual(shown(0));

    // by municipality, nationally: the same Rīga, and no other area has an unknown cell
    const national = await ask(NOW, 'MUNICIPALITY', null);
    expect(at(figure(national, 'MONTHLY_COST'), 'FAMILY_LIKE_CARE_HOME')).toEqual(unknown);
    const unknownCells = figure(national, 'MONTHLY_COST').rows.flatMap((r) => r.cells.filter((c) => c.unknown).map(() => r.areaCode));
    expect(unknownCells).toEqual(['RIGA']);
  });

  it('writes an unknown cell into the CSV as an empty value that is not suppressed', async () => {
    const res = await fetch(`${hub.url}/reports/regional.csv?from=${NOW.from}&to=${NOW.to}&groupBy=REGION&region=RIGA`,
      { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split('\n');
    expect(lines).toContain('MONTHLY_COST,EUR_PER_MONTH,RIGA,Rīgas plānošanas reģions,FAMILY_LIKE_CARE_HOME,,false');
    expect(lines).toContain('SERVICES_PRICE_UNKNOWN,CLIENTS,RIGA,Rīgas plānošanas reģions,FAMILY_LIKE_CARE_HOME,6,false');
    expect(lines).toContain('CARE_LEVEL_MONTHLY_COST,EUR_PER_MONTH,RIGA,Rīgas plānošanas reģions,III_GROUP_APARTMENT,4313.4,false');
  });

  it('gives the expected monthly cost by care level: clients at each level times the scenario, small counts hidden with their money', async () => {
    const riga = await ask(NOW, 'REGION');
    const clients = figure(riga, 'CLIENTS_BY_CARE_LEVEL');
    const cost = figure(riga, 'CARE_LEVEL_MONTHLY_COST');
    expect(clients.columns).toEqual(['I_FAMILY', 'II_FAMILY', 'II_GROUP_APARTMENT', 'III_FAMILY', 'III_GROUP_APARTMENT', 'IV_FAMILY',
      'IV_GROUP_APARTMENT']);
    expect(cost).toMatchObject({ unit: 'EUR_PER_MONTH', columns: clients.columns });
    expect(at(clients, 'I_FAMILY')).toEqual(shown(5));
    expect(at(clients, 'II_FAMILY')).toEqual(shown(6));
    expect(at(clients, 'II_GROUP_APARTMENT')).toEqual(shown(5));
    expect(at(clients, 'III_GROUP_APARTMENT')).toEqual(shown(5));
    expect(at(clients, 'IV_GROUP_APARTMENT')).toEqual(shown(0));
    // 2 at level IV: hidden, with one zero beside it so the total (23) does not give it away
    expect(at(clients, 'IV_FAMILY')).toEqual(hidden);
    expect(at(clients, 'III_FAMILY')).toEqual(hidden);
    expect(clients.total).toEqual(shown(23));
    // 004 L table 3 (no social tax: the DI plan adds it to children's hourly rates, not to these totals)
    expect(at(cost, 'I_FAMILY')).toEqual(shown(5 * 371.88));
    expect(at(cost, 'II_FAMILY')).toEqual(shown(2342.88));
    expect(at(cost, 'II_GROUP_APARTMENT')).toEqual(shown(3068.4));
    expect(at(cost, 'III_GROUP_APARTMENT')).toEqual(shown(4313.4));
    expect(at(cost, 'IV_FAMILY')).toEqual(hidden);
    expect(at(cost, 'III_FAMILY')).toEqual(hidden);
    // the count total says the two hidden counts sum to 2; a cost total would weigh them 623.06 and 789.86
    // and say which is which: it is withheld
    expect(cost.total).toEqual(hidden);
    expect(cost.rows[0].total).toEqual(hidden);
  });

  it('hides money where its count is hidden, nationally too, and never lets a total give a hidden count away', async () => {
    const national = await ask(NOW, 'MUNICIPALITY', null);
    const clients = figure(national, 'CLIENTS_BY_CARE_LEVEL');
    const cost = figure(national, 'CARE_LEVEL_MONTHLY_COST');
    expect(at(clients, 'IV_FAMILY')).toEqual(hidden);
    clients.rows.forEach((row, r) => row.cells.forEach((c, k) => {
      expect(cost.rows[r].cells[k].suppressed).toBe(c.suppressed);
      if (!c.suppressed) expect(cost.rows[r].cells[k].value).toBeCloseTo((c.value as number) * [371.88, 390.48, 613.68, 623.06, 862.68, 789.86, 912.48][k], 2);
    }));
    // every equation an analyst can write from what is published: the counts' totals, and the money's row
    // and grand totals (a count times its column's amount); none isolates a hidden count
    const amounts = [371.88, 390.48, 613.68, 623.06, 862.68, 789.86, 912.48];
    const unknowns = unknownsOf(clients.rows.map((row) => row.cells.map((c) => c.suppressed)));
    const shape = { rows: clients.rows.length, cols: clients.columns.length };
    const published = (cells: ({ suppressed: boolean } | null | undefined)[]) => cells.map((c) => !!c && !c.suppressed);
    const equations = [
      ...totalEquations(unknowns, shape, published(clients.rows.map((r) => r.total)), published(clients.columnTotals), !clients.total.suppressed),
      ...totalEquations(unknowns, shape, published(cost.rows.map((r) => r.total)), amounts.map(() => false), !cost.total.suppressed, amounts),
    ];
    expect(unknowns.cells.length).toBeGreaterThanOrEqual(2);
    expect([...isolated(equations, unknowns.cells.length)]).toEqual([]);
  });

  it('answers from the rollups as from the source tables', async () => {
    const live = [await ask(NOW, 'REGION'), await ask(NOW, 'MUNICIPALITY', null)];
    expect(await rebuildRollups(hub.db, null)).toBe(43);
    expect([await ask(NOW, 'REGION'), await ask(NOW, 'MUNICIPALITY', null)]).toEqual(live);
  });

  it('answers a past month from its snapshots and the plan tables as from the source tables', async () => {
    const municipalities = (await hub.db.query('SELECT code FROM municipality')).map((m: { code: string }) => m.code);
    const live = [await ask(LAST_MONTH, 'REGION'), await ask(LAST_MONTH, 'MUNICIPALITY', null)];
    expect(await refreshSnapshots(hub.db, { all: true })).toBeGreaterThan(2);
    expect((await fromSnapshots(hub.db, municipalities, LAST_MONTH.from, LAST_MONTH.to, GroupBy.REGION, null,
      [Metric.CLIENTS_BY_CARE_LEVEL, Metric.CARE_LEVEL_MONTHLY_COST, Metric.SERVICES_PRICE_UNKNOWN, Metric.MONTHLY_COST])).live).toEqual([]);
    expect([await ask(LAST_MONTH, 'REGION'), await ask(LAST_MONTH, 'MUNICIPALITY', null)]).toEqual(live);
    expect(at(figure(live[0], 'MONTHLY_COST'), 'FAMILY_LIKE_CARE_HOME')).toEqual(unknown);
    expect(at(figure(live[0], 'CARE_LEVEL_MONTHLY_COST'), 'II_FAMILY')).toEqual(shown(2342.88));
  }, 60_000);

  it('marks the care level months stale when an assessment changes a care level in the past', async () => {
    const municipalities = ['RIGA'];
    await hub.db.query(`UPDATE assessment SET care_level = 3 WHERE id = (
      SELECT a.id FROM assessment a JOIN care_case c ON c.id = a.case_id WHERE a.care_level = 4 AND c.status <> 'CLOSED'
       ORDER BY a.assessed_on DESC LIMIT 1)`);
    const { live } = await fromSnapshots(hub.db, municipalities, LAST_MONTH.from, LAST_MONTH.to, GroupBy.MUNICIPALITY, null,
      [Metric.CLIENTS_BY_CARE_LEVEL, Metric.OPEN_CASES]);
    expect(live).toEqual([Metric.CLIENTS_BY_CARE_LEVEL, Metric.OPEN_CASES]);
  });

  it('prices a service from the day its price is in force', async () => {
    await hub.db.query(`INSERT INTO service_price (service_type, unit, valid_from, price_eur) VALUES ('FAMILY_LIKE_CARE_HOME', 'MONTH', $1, 1500)`,
      [NOW.from]);
    await rebuildRollups(hub.db, ['RIGA']);
    const now = await ask(NOW, 'REGION');
    expect(at(figure(now, 'MONTHLY_COST'), 'FAMILY_LIKE_CARE_HOME')).toEqual(shown(9000));
    expect(at(figure(now, 'SERVICES_PRICE_UNKNOWN'), 'FAMILY_LIKE_CARE_HOME')).toEqual(shown(0));
    const before = await ask({ from: LAST_MONTH.from, to: addDays(NOW.from, -1) }, 'REGION');
    expect(at(figure(before, 'MONTHLY_COST'), 'FAMILY_LIKE_CARE_HOME')).toEqual(unknown);
    expect(at(figure(before, 'SERVICES_PRICE_UNKNOWN'), 'FAMILY_LIKE_CARE_HOME')).toEqual(shown(6));
  });
});
