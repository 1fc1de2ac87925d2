import type { ResultOf } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import { seedDemoData } from '../../src/demo/seed';
import { monthOf, today } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { figuresSql, Metric, METRIC_CLASS, SCOPED } from '../../src/reporting/metrics';
import { figureRows, rebuildRollups } from '../../src/reporting/rollups';
import { keptPlacesInUse } from '../../src/reporting/places';
import { fromSnapshots, refreshSnapshots } from '../../src/reporting/snapshots';
import { GroupBy } from '../../src/reporting/summary.types';
import { involve, openCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const SUMMARY = graphql(`query SnapshotSummary($period: PeriodInput!, $groupBy: GroupBy, $targetGroup: TargetGroup) {
  regionalSummary(period: $period, groupBy: $groupBy, targetGroup: $targetGroup) {
    scopeLevel from to suppressionThreshold
    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }
      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }
  }
}`);
const TREND = graphql(`query SnapshotTrend($metric: Metric!, $groupBy: GroupBy, $months: Int) {
  trend(metric: $metric, groupBy: $groupBy, months: $months) {
    month from to figure { metric columns total { value suppressed } rows { areaCode cells { value suppressed } } }
  }
}`);
const PLACE = graphql(`mutation SnapshotRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);

/**
 * The figures kept in snapshots and rollups (the care path's and goals evaluated among them, issue 20); the LIVE ones (today's
 * plans' sections and agreements, the provider register's places) are computed on every request.
 */
const ALL = Object.values(Metric).filter((m) => METRIC_CLASS[m] !== 'LIVE');
/** The whole calendar month `back` months before this one (1: the month that ended last). */
const month = (back: number) => ({ from: monthOf(today(), back).first, to: monthOf(today(), back).last });
/** `span` whole months ending with the month `back` months before this one. */
const months = (back: number, span: number) => ({ from: monthOf(today(), back + span - 1).first, to: monthOf(today(), back).last });

type Cells = Record<string, number>;
const cells = (rows: { metric: string; area: string; col: string | null; value: string }[]): Cells =>
  Object.fromEntries(rows.filter((r) => r.col !== null && Number(r.value) !== 0).map((r) => [`${r.metric}|${r.area}|${r.col}`, Number(r.value)]));

describe('month-end snapshots: past months answered as the live computation answers them', () => {
  let hub: TestHub;
  let token: string;
  let municipalities: string[];
  const before = new Map<string, unknown>();

  /** Every figure straight from the source tables (the live SQL, no rollups, no snapshots), unsuppressed. */
  const fromSource = async (period: { from: string; to: string }, groupBy: GroupBy, targetGroup: string | null = null) =>
    cells(await hub.db.query(`WITH ${SCOPED} SELECT metric, area, col, sum(value) AS value FROM (${figuresSql(ALL)}) f GROUP BY 1, 2, 3`,
      [period.from, period.to, municipalities, targetGroup, groupBy]));
  /** Every figure as the hub computes it for a report (rollups, snapshots, or live), unsuppressed. */
  const served = async (period: { from: string; to: string }, groupBy: GroupBy, targetGroup: string | null = null) =>
    cells(await figureRows(hub.db, municipalities, period.from, period.to, groupBy, targetGroup as never, ALL));
  /** The metrics a report for the period would still compute live. */
  // the LIVE figures are never snapshotted: always computed from the source tables
  const computedLive = async (period: { from: string; to: string }, groupBy = GroupBy.MUNICIPALITY) =>
    (await fromSnapshots(hub.db, municipalities, period.from, period.to, groupBy, null, ALL)).live.filter((m) => METRIC_CLASS[m] !== 'LIVE');
  const summary = async (period: { from: string; to: string }, groupBy: 'MUNICIPALITY' | 'REGION', targetGroup?: 'CHILD_WITHOUT_PARENTAL_CARE') => {
    const res = await hub.gql(token, SUMMARY, { period, groupBy, targetGroup });
    expect(res.errors).toEqual([]);
    return res.data?.regionalSummary;
  };
  const trend = async (metric: Metric, groupBy: 'MUNICIPALITY' | 'REGION') => {
    const res = await hub.gql(token, TREND, { metric, groupBy, months: 5 });
    expect(res.errors).toEqual([]);
    return res.data?.trend as ResultOf<typeof TREND>['trend'];
  };
  const answers = () => [
    ['month by municipality', () => summary(month(1), 'MUNICIPALITY')],
    ['month by region', () => summary(month(2), 'REGION')],
    ['month of one target group', () => summary(month(3), 'MUNICIPALITY', 'CHILD_WITHOUT_PARENTAL_CARE')],
    ['three months by region', () => summary(months(1, 3), 'REGION')],
    ['trend of open cases', () => trend(Metric.OPEN_CASES, 'MUNICIPALITY')],
    ['trend of moves', () => trend(Metric.MOVES_FROM_INSTITUTIONS, 'MUNICIPALITY')],
    ['trend of the waiting list', () => trend(Metric.WAITING_FOR_SERVICE, 'MUNICIPALITY')],
    ['trend of monthly cost', () => trend(Metric.MONTHLY_COST, 'MUNICIPALITY')],
  ] as const;

  beforeAll(async () => {
    hub = await startHub();
    token = await hub.token('LM', UserRole.ANALYST);
    await seedDemoData(hub.databaseUrl, { cases: 1500, seed: 11 });
    // one foster family with children of two municipalities of one region, and one client with cases in both:
    // a region counts them once, its municipalities once each (region figures are not sums of municipalities)
    await hub.db.query(`
      WITH client AS (
        INSERT INTO client (personal_code, given_name, family_name, birth_date, gender, declared_municipality_code)
        VALUES ('329998-12345', 'X', 'Y', '2016-05-01', 'UNSPECIFIED', 'RIGA') RETURNING id),
      cases AS (
        INSERT INTO care_case (client_id, target_group, intake_type, reported_by, status, opened_on, closed_on, responsible_municipality_code)
        SELECT client.id, 'CHILD_WITHOUT_PARENTAL_CARE', 'MANDATORY', 'school', c.status, c.opened_on::date, c.closed_on::date, c.m
          FROM client, (VALUES ('CLOSED', '2023-01-10', '${today()}', 'RIGA'), ('IMPLEMENTATION', '2024-02-01', NULL, 'JURMALA'))
               AS c(status, opened_on, closed_on, m)
        RETURNING id, responsible_municipality_code AS m),
      managed AS (
        INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id)
        SELECT cases.id, a.id, 'CASE_MANAGER', 'test', 'u' FROM cases JOIN agency a ON a.code = 'SD-' || cases.m)
      INSERT INTO placement (case_id, type, foster_form, carer_name, carer_ref, starts_on)
      SELECT id, 'FOSTER_FAMILY', 'ORDINARY', 'Carer', 'FAM-SHARED', '2024-03-01' FROM cases`);
    for (const [name, ask] of answers()) before.set(name, await ask());
    municipalities = (await hub.db.query('SELECT code FROM municipality ORDER BY code')).map((m: { code: string }) => m.code);
    expect(await rebuildRollups(hub.db, null)).toBe(43);
    expect(await refreshSnapshots(hub.db, { all: true })).toBeGreaterThan(2 * 24);
  }, 120_000);
  afterAll(async () => { await hub.close(); });

  it('answers past months from snapshots exactly as it answered them live', async () => {
    for (const [name, ask] of answers()) expect([name, await ask()]).toEqual([name, before.get(name)]);
    // and the snapshots answered them: nothing was left to compute live
    expect(await computedLive(month(1))).toEqual([]);
    expect(await computedLive(months(1, 3), GroupBy.REGION)).toEqual([]);
  });

  it('gives every figure, unsuppressed, as the source tables give it: by municipality, by region, per target group, over months', async () => {
    for (const [period, groupBy, targetGroup] of [
      [month(1), GroupBy.MUNICIPALITY, null], [month(1), GroupBy.REGION, null], [month(4), GroupBy.REGION, 'ADULT_WITH_MENTAL_DISORDER'],
      [month(13), GroupBy.MUNICIPALITY, null], [months(2, 6), GroupBy.MUNICIPALITY, null], [months(1, 12), GroupBy.REGION, null],
    ] as const) {
      expect(await computedLive(period, groupBy)).toEqual([]);
      const source = await fromSource(period, groupBy, targetGroup);
      expect(Object.keys(source).length).toBeGreaterThan(20);
      expect(await served(period, groupBy, targetGroup)).toEqual(source);
    }
  });

  it('keeps region figures of their own: a client or a carer counted in two municipalities counts once in their region', async () => {
    const byMunicipality = await served(month(1), GroupBy.MUNICIPALITY);
    const byRegion = await served(month(1), GroupBy.REGION);
    const source = await fromSource(month(1), GroupBy.REGION);
    // the Rīga planning region: the two cities and 7 novadi (DOMAIN.md, Geography; Saulkrasti is in Vidzeme)
    const regionSum = (key: string) => ['RIGA', 'JURMALA', 'ADAZU_NOV', 'KEKAVAS_NOV', 'MARUPES_NOV', 'OLAINES_NOV', 'ROPAZU_NOV',
      'SALASPILS_NOV', 'SIGULDAS_NOV'].reduce((sum, m) => sum + (byMunicipality[key.replace('*', m)] ?? 0), 0);
    for (const key of ['FOSTER_CARERS|*|ALL', 'OPEN_CASES|*|CHILD_WITHOUT_PARENTAL_CARE']) {
      const region = key.replace('*', 'RIGA');
      expect([region, byRegion[region]]).toEqual([region, source[region]]);
      expect(byRegion[region]).toBeLessThan(regionSum(key));
    }
  });

  it('shows a back-dated placement at once, and in the snapshots the refresh rebuilds; earlier months stay as built', async () => {
    // issue 11: no placement more than 30 days before its case opened, so the case opened in that month too
    const opened = await openCase(hub, 'RIGA', { openedOn: `${month(2).from.slice(0, 8)}10` });
    await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
    // the back-dated opening itself marks those months; rebuilt first, so what follows is the placement's alone
    await refreshSnapshots(hub.db);
    const was = await served(month(2), GroupBy.MUNICIPALITY);
    const res = await hub.gql(await hub.token('BT-RIGA'), PLACE,
      { input: { caseId: opened.id, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA', startsOn: `${month(2).from.slice(0, 8)}15` } });
    expect(res.errors).toEqual([]);

    // the months from the placement's start are answered live until rebuilt; the month before is not touched
    expect(await computedLive(month(2))).toEqual(expect.arrayContaining([Metric.IN_INSTITUTIONS, Metric.OPEN_CASES]));
    expect(await computedLive(month(1))).toEqual(expect.arrayContaining([Metric.IN_INSTITUTIONS]));
    expect(await computedLive(month(3))).toEqual([]);
    const now = await served(month(2), GroupBy.MUNICIPALITY);
    expect(now['IN_INSTITUTIONS|RIGA|ALL']).toBe((was['IN_INSTITUTIONS|RIGA|ALL'] ?? 0) + 1);
    expect(now).toEqual(await fromSource(month(2), GroupBy.MUNICIPALITY));

    // the refresh turns the marks into stale snapshots and rebuilds them: 2 months of 1 class, Rīga's region only
    const rebuilt: string[] = [];
    await refreshSnapshots(hub.db, { onBuilt: (m, cls, regions) => rebuilt.push(`${m} ${cls} ${regions.join(',')}`) });
    expect(rebuilt).toEqual([`${month(1).from} DATED RIGA`, `${month(2).from} DATED RIGA`]);
    expect(await computedLive(month(2))).toEqual([]);
    expect(await served(month(2), GroupBy.MUNICIPALITY)).toEqual(now);
    expect(await served(month(1), GroupBy.REGION)).toEqual(await fromSource(month(1), GroupBy.REGION));
  });

  it("follows today's plans in the waiting list and the plan figures of past months", async () => {
    // a plan withdrawn today: its services count as waiting in every month its case was open and assessed
    const [plan] = await hub.db.query(
      `SELECT p.id FROM support_plan p JOIN care_case c ON c.id = p.case_id JOIN assessment a ON a.case_id = c.id
        WHERE p.status = 'ACTIVE' AND c.status <> 'CLOSED' AND c.responsible_municipality_code = 'RIGA'
          AND c.opened_on < $1::date AND a.assessed_on < $1::date AND cardinality(a.recommended_services) > 0 LIMIT 1`, [month(3).from]);
    await hub.db.query(`UPDATE support_plan SET status = 'SUPERSEDED' WHERE id = $1`, [plan.id]);
    const live = await computedLive(month(2));
    expect(live).toEqual(expect.arrayContaining([Metric.WAITING_FOR_SERVICE, Metric.SERVICES_IN_PLANS, Metric.MONTHLY_COST]));
    expect(live).not.toContain(Metric.OPEN_CASES);
    expect(await served(month(2), GroupBy.REGION)).toEqual(await fromSource(month(2), GroupBy.REGION));

    expect(await rebuildRollups(hub.db, ['RIGA'])).toBe(1);
    await refreshSnapshots(hub.db, { all: true });
    for (const back of [1, 2, 3]) {
      expect(await computedLive(month(back))).toEqual([]);
      expect(await served(month(back), GroupBy.MUNICIPALITY)).toEqual(await fromSource(month(back), GroupBy.MUNICIPALITY));
    }
  }, 60_000);

  it('moves a transferred case with its whole history', async () => {
    const [moved] = await hub.db.query(
      `SELECT c.id FROM care_case c JOIN placement p ON p.case_id = c.id
        WHERE c.responsible_municipality_code = 'LIEPAJA' AND p.type = 'INSTITUTION' AND p.starts_on < $1::date AND p.ends_on IS NULL LIMIT 1`,
      [month(3).from]);
    await hub.db.query(`UPDATE care_case SET responsible_municipality_code = 'VENTSPILS' WHERE id = $1`, [moved.id]);
    for (const back of [1, 3]) {
      expect(await computedLive(month(back))).toEqual(expect.arrayContaining([Metric.IN_INSTITUTIONS, Metric.WAITING_FOR_SERVICE]));
      expect(await served(month(back), GroupBy.MUNICIPALITY)).toEqual(await fromSource(month(back), GroupBy.MUNICIPALITY));
    }
    await rebuildRollups(hub.db, ['LIEPAJA', 'VENTSPILS']);
    await refreshSnapshots(hub.db, { all: true });
    expect(await computedLive(month(3))).toEqual([]);
    expect(await served(month(3), GroupBy.MUNICIPALITY)).toEqual(await fromSource(month(3), GroupBy.MUNICIPALITY));
  }, 60_000);

  it('marks the months a permanency decision, an exit or a goal evaluation touches, and answers them as the rows give them', async () => {
    await refreshSnapshots(hub.db, { all: true });
    const day = (back: number) => `${month(back).from.slice(0, 8)}12`;
    // a child of Liepāja in care since before month(4), with no decision after month(2) began
    const [child] = await hub.db.query(
      `SELECT c.id, (SELECT coalesce(max(x.version), 0) FROM permanency_plan x WHERE x.case_id = c.id) AS version
         FROM care_case c JOIN placement p ON p.case_id = c.id
        WHERE c.responsible_municipality_code = 'LIEPAJA' AND c.target_group = 'CHILD_WITHOUT_PARENTAL_CARE'
          AND p.type <> 'BIRTH_FAMILY' AND p.starts_on < $1::date AND p.ends_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM permanency_plan x WHERE x.case_id = c.id AND x.decided_on >= $2::date) LIMIT 1`,
      [month(4).from, month(2).from]);
    await hub.db.query(
      `INSERT INTO permanency_plan (case_id, version, goal, target_date, decided_on, decision_ref, deciding_agency_id, decided_by_user_id)
       SELECT $1, $2, 'ADOPTION', $3::date + 200, $3::date, 'BT 1', a.id, 'u' FROM agency a WHERE a.code = 'BT-LIEPAJA'`,
      [child.id, child.version + 1, day(2)]);
    expect(await computedLive(month(3))).toEqual([]);
    expect(await computedLive(month(2))).toEqual(expect.arrayContaining([Metric.CHILDREN_IN_CARE_BY_GOAL, Metric.MEDIAN_MONTHS_IN_CARE]));
    expect(await served(month(2), GroupBy.MUNICIPALITY)).toEqual(await fromSource(month(2), GroupBy.MUNICIPALITY));
    await refreshSnapshots(hub.db);

    // a child's placement ended in month(2), and the exit recorded on it later: the exit alone marks the month again
    const [ended] = await hub.db.query(
      `SELECT p.id FROM placement p JOIN care_case c ON c.id = p.case_id
        WHERE c.responsible_municipality_code = 'RIGA' AND c.target_group <> 'ADULT_WITH_MENTAL_DISORDER' AND p.type <> 'BIRTH_FAMILY'
          AND p.starts_on < $1::date AND p.ends_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM placement q WHERE q.case_id = p.case_id AND q.id <> p.id AND q.starts_on >= p.starts_on) LIMIT 1`,
      [month(4).from]);
    await hub.db.query(`UPDATE placement SET ends_on = $2 WHERE id = $1`, [ended.id, day(2)]);
    await refreshSnapshots(hub.db);
    expect(await computedLive(month(2))).toEqual([]);
    const exitsBefore = (await served(month(2), GroupBy.MUNICIPALITY))['EXITS_FROM_CARE|RIGA|RETURNED_HOME'] ?? 0;
    await hub.db.query(`UPDATE placement SET exit_destination = 'RETURNED_HOME' WHERE id = $1`, [ended.id]);
    expect(await computedLive(month(3))).toEqual([]);
    expect(await computedLive(month(2))).toEqual(expect.arrayContaining([Metric.EXITS_FROM_CARE]));
    expect((await served(month(2), GroupBy.MUNICIPALITY))['EXITS_FROM_CARE|RIGA|RETURNED_HOME']).toBe(exitsBefore + 1);
    await refreshSnapshots(hub.db);
    const [goal] = await hub.db.query(
      `SELECT g.id FROM plan_goal g JOIN support_plan p ON p.id = g.plan_id JOIN care_case c ON c.id = p.case_id
        WHERE c.responsible_municipality_code = 'JURMALA' AND g.evaluated_on IS NULL LIMIT 1`);
    await hub.db.query(`UPDATE plan_goal SET outcome = 'ACHIEVED', evaluated_on = $2 WHERE id = $1`, [goal.id, day(3)]);
    expect(await computedLive(month(4))).toEqual([]);
    expect(await computedLive(month(3))).toEqual(expect.arrayContaining([Metric.GOALS_BY_OUTCOME]));

    // rebuilt: the snapshots give what the rows give, the median too (kept as its distribution)
    const rebuilt: string[] = [];
    await refreshSnapshots(hub.db, { onBuilt: (m, cls, regions) => rebuilt.push(`${m} ${cls} ${regions.join(',')}`) });
    expect(rebuilt).toEqual([`${month(1).from} DATED RIGA`, `${month(2).from} DATED RIGA`, `${month(3).from} DATED RIGA`]);
    for (const back of [1, 2, 3]) {
      expect(await computedLive(month(back))).toEqual([]);
      for (const groupBy of [GroupBy.MUNICIPALITY, GroupBy.REGION]) {
        const source = await fromSource(month(back), groupBy);
        expect(source).toEqual(expect.objectContaining({ [`MEDIAN_MONTHS_IN_CARE|*|ALL`]: expect.any(Number) }));
        expect(await served(month(back), groupBy)).toEqual(source);
      }
    }
  }, 60_000);

  it('answers a period ending today from the rollups as the rows give it: whole months from month rows, the days at its edges from day rows', async () => {
    await rebuildRollups(hub.db, null);
    const flows = (all: Cells) => Object.fromEntries(Object.entries(all).filter(([k]) => /^(EXITS_FROM_CARE|GOALS_BY_OUTCOME|MOVES_FROM_INSTITUTIONS)\|/.test(k)));
    const dayOf = (back: number, day: string) => `${month(back).from.slice(0, 8)}${day}`;
    for (const from of [month(11).from, dayOf(11, '15'), dayOf(0, '01'), today()]) {
      const period = { from, to: today() };
      const source = await fromSource(period, GroupBy.MUNICIPALITY);
      if (from === month(11).from) expect(Object.keys(flows(source)).length).toBeGreaterThan(50);
      expect([from, await served(period, GroupBy.MUNICIPALITY)]).toEqual([from, source]);
      // a region's flows are the sum of its municipalities' (events, not people)
      expect([from, flows(await served(period, GroupBy.REGION))]).toEqual([from, flows(await fromSource(period, GroupBy.REGION))]);
      // and its counts of people are its own: the client placed from two of its municipalities counts once
      expect([from, await served(period, GroupBy.REGION)]).toEqual([from, await fromSource(period, GroupBy.REGION)]);
    }
  });

  it('answers a period ending today for one target group from its rollup rows, and for all of them from the totals kept summed', async () => {
    await rebuildRollups(hub.db, null);
    const period = { from: month(11).from, to: today() };
    for (const targetGroup of ['CHILD_WITHOUT_PARENTAL_CARE', 'ADULT_WITH_MENTAL_DISORDER']) {
      for (const groupBy of [GroupBy.MUNICIPALITY, GroupBy.REGION]) {
        const source = await fromSource(period, groupBy, targetGroup);
        expect(Object.keys(source).length).toBeGreaterThan(10);
        expect([targetGroup, groupBy, await served(period, groupBy, targetGroup)]).toEqual([targetGroup, groupBy, source]);
      }
    }
    // a report of every target group reads the totals: a row there is in its answer, by municipality and in its region
    await hub.db.query(`INSERT INTO report_rollup_total (municipality_code, metric, col, value) VALUES ('RIGA', 'OPEN_CASES', 'MARKER', 7)`);
    try {
      expect((await served(period, GroupBy.MUNICIPALITY))['OPEN_CASES|RIGA|MARKER']).toBe(7);
      expect((await served(period, GroupBy.REGION))['OPEN_CASES|RIGA|MARKER']).toBe(7);
      expect((await served(period, GroupBy.MUNICIPALITY, 'CHILD_WITHOUT_PARENTAL_CARE'))['OPEN_CASES|RIGA|MARKER']).toBeUndefined();
    } finally {
      await hub.db.query(`DELETE FROM report_rollup_total WHERE col = 'MARKER'`);
    }
  });

  it("marks the months a foster family's status step, form or child touches where the family lives, and answers them as the rows give them", async () => {
    await refreshSnapshots(hub.db, { all: true });
    const day = (back: number) => `${month(back).from.slice(0, 8)}12`;
    const carerCells = (all: Cells) => Object.fromEntries(Object.entries(all).filter(([k]) => /^(ACTIVE_CARERS|FREE_FAMILY_PLACES)\|/.test(k)));
    // an active family of Valmiera, with a child of another municipality placed there since before month(4)
    const [family] = await hub.db.query(
      `SELECT k.id FROM carer k WHERE k.kind = 'FOSTER_FAMILY' AND k.status = 'ACTIVE' AND k.municipality_code = 'VALMIERAS_NOV'
          AND EXISTS (SELECT 1 FROM carer_transition t WHERE t.carer_id = k.id AND t.to_status = 'ACTIVE' AND t.at < $1::date)
          AND EXISTS (SELECT 1 FROM carer_form f WHERE f.carer_id = k.id AND f.decided_on < $1::date) LIMIT 1`, [month(4).from]);
    expect(family).toBeDefined();
    const before = carerCells(await served(month(3), GroupBy.MUNICIPALITY));
    expect(Object.keys(before).length).toBeGreaterThan(20);

    // paused in month(3), back-dated: that month and later are computed live until rebuilt, the month before is not touched
    const [agency] = await hub.db.query(`SELECT id FROM agency WHERE code = 'AC-VIDZEME-1'`);
    await hub.db.query(`INSERT INTO carer_transition (carer_id, from_status, to_status, reason, user_id, agency_id, at)
      VALUES ($1, 'ACTIVE', 'PAUSED', 'x', 'u', $2, $3::date + time '10:00'), ($1, 'PAUSED', 'ACTIVE', 'x', 'u', $2, $4::date + time '10:00')`,
    [family.id, agency.id, day(3), day(2)]);
    expect(await computedLive(month(4))).toEqual([]);
    expect(await computedLive(month(3))).toEqual(expect.arrayContaining([Metric.ACTIVE_CARERS, Metric.FREE_FAMILY_PLACES]));
    const paused = carerCells(await served(month(3), GroupBy.MUNICIPALITY));
    expect(paused).not.toEqual(before);
    expect(paused).toEqual(carerCells(await fromSource(month(3), GroupBy.MUNICIPALITY)));

    // a child of Rīga placed with the family in month(2): marked where the family lives, not where the child's case is
    await refreshSnapshots(hub.db);
    const [child] = await hub.db.query(
      `SELECT c.id FROM care_case c WHERE c.responsible_municipality_code = 'RIGA' AND c.status <> 'CLOSED'
          AND c.target_group = 'CHILD_WITHOUT_PARENTAL_CARE' AND c.opened_on < $1::date LIMIT 1`, [month(4).from]);
    await hub.db.query(`INSERT INTO placement (case_id, type, foster_form, carer_id, carer_name, starts_on, ends_on, court_decision_ref)
      SELECT $1, 'FOSTER_FAMILY', f.form, $2, 'Ģimene', $3::date, $3::date + 5, 'BT 9' FROM carer_form f WHERE f.carer_id = $2 LIMIT 1`,
    [child.id, family.id, day(2)]);
    const marked = await hub.db.query(`SELECT municipality_code, from_month::text FROM report_snapshot_dirty WHERE class = 'DATED' ORDER BY 1`);
    expect(marked).toEqual(expect.arrayContaining([{ municipality_code: 'VALMIERAS_NOV', from_month: month(2).from }]));
    await hub.db.query(`UPDATE carer_form SET decided_on = $2 WHERE carer_id = $1`, [family.id, day(2)]);

    // rebuilt: the family's region (from the form's earlier decision on) and the child's case's; the snapshots give what the rows give
    const rebuilt: string[] = [];
    await refreshSnapshots(hub.db, { onBuilt: (m, cls, regions) => rebuilt.push(`${m} ${cls} ${regions.join(',')}`) });
    expect(rebuilt.slice(0, 2)).toEqual([`${month(1).from} DATED RIGA,VIDZEME`, `${month(2).from} DATED RIGA,VIDZEME`]);
    expect(rebuilt.filter((r) => !/ DATED (RIGA,)?VIDZEME$/.test(r))).toEqual([]);
    for (const back of [1, 2, 3, 4]) {
      expect(await computedLive(month(back))).toEqual([]);
      for (const groupBy of [GroupBy.MUNICIPALITY, GroupBy.REGION]) {
        expect(carerCells(await served(month(back), groupBy))).toEqual(carerCells(await fromSource(month(back), groupBy)));
      }
    }
    // a child's stay there ended earlier, and a status step removed: each marks the family's months from the earlier date
    const marksOf = async () => (await hub.db.query(`SELECT DISTINCT from_month::text AS m FROM report_snapshot_dirty
      WHERE municipality_code = 'VALMIERAS_NOV' AND class = 'DATED' ORDER BY 1`)).map((r: { m: string }) => r.m);
    await refreshSnapshots(hub.db);
    await hub.db.query(`UPDATE placement SET ends_on = $2::date WHERE carer_id = $1 AND court_decision_ref = 'BT 9'`, [family.id, day(2)]);
    expect(await marksOf()).toEqual([month(2).from]);
    await refreshSnapshots(hub.db);
    await hub.db.query(`DELETE FROM carer_transition WHERE carer_id = $1 AND to_status = 'PAUSED' AND at::date = $2::date`, [family.id, day(3)]);
    expect(await marksOf()).toEqual([month(3).from]);
    await refreshSnapshots(hub.db);
    for (const back of [2, 3]) expect(carerCells(await served(month(back), GroupBy.MUNICIPALITY))).toEqual(carerCells(await fromSource(month(back), GroupBy.MUNICIPALITY)));

    // and today's rollup of the family's municipality is rebuilt with it, then answers a period ending today as the rows do
    expect(await hub.db.query(`SELECT DISTINCT municipality_code FROM report_dirty WHERE municipality_code = 'VALMIERAS_NOV'`)).toHaveLength(1);
    await rebuildRollups(hub.db, null);
    const toToday = { from: month(2).from, to: today() };
    for (const groupBy of [GroupBy.MUNICIPALITY, GroupBy.REGION]) {
      const source = carerCells(await fromSource(toToday, groupBy));
      expect(Object.keys(source).length).toBeGreaterThan(10);
      expect(carerCells(await served(toToday, groupBy))).toEqual(source);
    }
  }, 60_000);

  it('lets two writes mark the same two municipalities in opposite orders at once: no writer waits on the other', async () => {
    // no marks left: each write makes new ones
    await rebuildRollups(hub.db, null);
    await refreshSnapshots(hub.db);
    const families = await hub.db.query(
      `SELECT DISTINCT ON (k.municipality_code) k.id, k.municipality_code AS m, a.id AS agency FROM carer k
         JOIN agency a ON a.id = k.support_centre_id
        WHERE k.kind = 'FOSTER_FAMILY' AND k.municipality_code IN ('RIGA', 'VALMIERAS_NOV') ORDER BY k.municipality_code, k.id`);
    const family = Object.fromEntries(families.map((f: { m: string }) => [f.m, f])) as Record<string, { id: string; agency: string }>;
    const step = (client: Client, m: string) => client.query(
      `INSERT INTO carer_transition (carer_id, from_status, to_status, reason, user_id, agency_id, at)
       VALUES ($1, 'ACTIVE', 'ACTIVE', 'x', 'u', $2, $3::date + time '09:00')`, [family[m].id, family[m].agency, `${month(1).from.slice(0, 8)}05`]);
    const [one, two] = [new Client(hub.appDatabaseUrl), new Client(hub.appDatabaseUrl)];
    await Promise.all([one.connect(), two.connect()]);
    try {
      await one.query('BEGIN');
      await two.query('BEGIN');
      await step(one, 'VALMIERAS_NOV');
      await step(two, 'RIGA');
      // each now marks what the other has marked and not committed
      const crossed = await Promise.allSettled([step(one, 'RIGA'), step(two, 'VALMIERAS_NOV')]);
      expect(crossed.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
      await one.query('ROLLBACK');
      await two.query('ROLLBACK');
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
  });

  it("marks every month where families hold a form whose limit of children changed, and nothing for the rule's other fields", async () => {
    await rebuildRollups(hub.db, null);
    await refreshSnapshots(hub.db);
    const marked = async () => (await hub.db.query(
      `SELECT DISTINCT municipality_code AS m FROM report_snapshot_dirty WHERE from_month = '-infinity' ORDER BY 1`)).map((r: { m: string }) => r.m);
    await hub.db.query(`UPDATE carer_form_rule SET max_term_days = max_term_days, age_bands = age_bands WHERE form = 'SPECIALISED'`);
    expect(await marked()).toEqual([]);
    const holding = (await hub.db.query(
      `SELECT DISTINCT k.municipality_code AS m FROM carer k JOIN carer_form f ON f.carer_id = k.id
        WHERE k.kind = 'FOSTER_FAMILY' AND f.form = 'SPECIALISED' ORDER BY 1`)).map((r: { m: string }) => r.m);
    expect(holding.length).toBeGreaterThan(3);
    expect(holding.length).toBeLessThan(43);
    await hub.db.query(`UPDATE carer_form_rule SET max_children = max_children + 1 WHERE form = 'SPECIALISED'`);
    expect(await marked()).toEqual(holding);
    await hub.db.query(`UPDATE carer_form_rule SET max_children = max_children - 1 WHERE form = 'SPECIALISED'`);
    await refreshSnapshots(hub.db);
  }, 60_000);

  it("follows today's plans' sections and answers in every month, from the rollups once rebuilt", async () => {
    await rebuildRollups(hub.db, null);
    expect(await computedLive(month(2))).toEqual([]);
    const [plan] = await hub.db.query(
      `SELECT p.id FROM support_plan p JOIN care_case c ON c.id = p.case_id JOIN plan_section s ON s.plan_id = p.id
        WHERE p.status = 'ACTIVE' AND c.status <> 'CLOSED' AND p.agreement = 'AGREED' AND c.responsible_municipality_code = 'RIGA' LIMIT 1`);
    await hub.db.query(`DELETE FROM plan_section WHERE plan_id = $1`, [plan.id]);
    expect(await computedLive(month(2))).toEqual(expect.arrayContaining([Metric.PLANS_MISSING_SECTIONS]));
    await rebuildRollups(hub.db, ['RIGA']);
    expect(await computedLive(month(2))).toEqual([]);
    await hub.db.query(`UPDATE support_plan SET agreement = 'PENDING', agreement_on = NULL, agreement_by = NULL WHERE id = $1`, [plan.id]);
    expect(await computedLive(month(5))).toEqual(expect.arrayContaining([Metric.PLANS_WITHOUT_AGREEMENT]));
    expect(await served(month(5), GroupBy.MUNICIPALITY)).toEqual(await fromSource(month(5), GroupBy.MUNICIPALITY));
    await rebuildRollups(hub.db, ['RIGA']);
    for (const back of [1, 5]) {
      expect(await computedLive(month(back))).toEqual([]);
      expect(await served(month(back), GroupBy.REGION)).toEqual(await fromSource(month(back), GroupBy.REGION));
    }
  }, 60_000);

  it("follows a plan template's required sections: its target group's municipalities marked, answered as the rows give them", async () => {
    await rebuildRollups(hub.db, null);
    const marked = async () => (await hub.db.query(
      'SELECT DISTINCT municipality_code AS m FROM report_plan_dirty ORDER BY 1')).map((r: { m: string }) => r.m);
    const group = 'CHILD_WITHOUT_PARENTAL_CARE';
    const [{ sections }] = await hub.db.query('SELECT required_sections::text AS sections FROM plan_template WHERE target_group = $1', [group]);
    // the sync writes every field of a changed row: the same sections mark nothing
    await hub.db.query('UPDATE plan_template SET required_sections = required_sections, why = why WHERE target_group = $1', [group]);
    expect(await marked()).toEqual([]);
    const withPlans = (await hub.db.query(
      `SELECT DISTINCT c.responsible_municipality_code AS m FROM care_case c JOIN support_plan p ON p.case_id = c.id AND p.status = 'ACTIVE'
        WHERE c.target_group = $1 AND c.status <> 'CLOSED' ORDER BY 1`, [group])).map((r: { m: string }) => r.m);
    expect(withPlans.length).toBeGreaterThan(3);
    try {
      // a section few plans have becomes required: many more plans lack one
      await hub.db.query(`UPDATE plan_template SET required_sections = required_sections || '["EMPLOYMENT"]'::jsonb WHERE target_group = $1`, [group]);
      expect(await marked()).toEqual(withPlans);
      expect(await computedLive(month(2))).toEqual(expect.arrayContaining([Metric.PLANS_MISSING_SECTIONS]));
      await rebuildRollups(hub.db, withPlans);
      expect(await computedLive(month(2))).toEqual([]);
      for (const groupBy of [GroupBy.MUNICIPALITY, GroupBy.REGION]) {
        expect(await served(month(2), groupBy)).toEqual(await fromSource(month(2), groupBy));
      }
      expect(await served(month(2), GroupBy.MUNICIPALITY, group)).toEqual(await fromSource(month(2), GroupBy.MUNICIPALITY, group));
    } finally {
      await hub.db.query('UPDATE plan_template SET required_sections = $2::jsonb WHERE target_group = $1', [group, sections]);
      await rebuildRollups(hub.db, null);
    }
  }, 60_000);

  it("keeps places in use per provider: a past month and today answered from what is kept, as the rows give them", async () => {
    await rebuildRollups(hub.db, null);
    await refreshSnapshots(hub.db, { all: true });
    const places = (all: Cells) => Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('PLACES_IN_USE|')));
    const kept = async (period: { from: string; to: string }, groupBy: GroupBy) =>
      keptPlacesInUse(hub.db, municipalities, period.from, period.to, groupBy, null);
    const thisYear = { from: `${today().slice(0, 4)}-01-01`, to: today() };
    for (const period of [month(1), months(1, 3), thisYear]) {
      for (const groupBy of [GroupBy.MUNICIPALITY, GroupBy.REGION]) {
        const rows = await kept(period, groupBy);
        expect(rows).not.toBeNull();
        const source = places(await fromSource(period, groupBy));
        expect(Object.keys(source).length).toBeGreaterThan(3);
        expect(cells(rows ?? [])).toEqual(source);
      }
    }
    // a plan's service no longer from its provider: computed live until the rollups are rebuilt
    const [service] = await hub.db.query(
      `SELECT v.id FROM plan_service v JOIN support_plan p ON p.id = v.plan_id JOIN care_case c ON c.id = p.case_id
        WHERE p.status = 'ACTIVE' AND c.status <> 'CLOSED' AND v.service_type = 'DAY_CARE_CENTRE' AND v.provider_agency_id IS NOT NULL LIMIT 1`);
    await hub.db.query(`UPDATE plan_service SET provider_agency_id = NULL WHERE id = $1`, [service.id]);
    expect(await kept(month(1), GroupBy.MUNICIPALITY)).toBeNull();
    expect(await served(month(1), GroupBy.MUNICIPALITY)).toEqual(await fromSource(month(1), GroupBy.MUNICIPALITY));
    await rebuildRollups(hub.db, null);
    expect(cells(await kept(month(1), GroupBy.MUNICIPALITY) ?? [])).toEqual(places(await fromSource(month(1), GroupBy.MUNICIPALITY)));
    // a plan service still marks the waiting list's months (the stand-in's dependency): rebuilt for the tests that follow
    await refreshSnapshots(hub.db, { all: true });
  }, 60_000);

  it('builds the month that ended last on its own, once', async () => {
    await hub.db.query(`DELETE FROM report_snapshot_state WHERE month = $1::date`, [month(1).from]);
    expect(await computedLive(month(1))).toEqual(expect.arrayContaining([Metric.OPEN_CASES, Metric.WAITING_FOR_SERVICE]));
    expect(await refreshSnapshots(hub.db)).toBe(2);
    expect(await refreshSnapshots(hub.db)).toBe(0);
    expect(await computedLive(month(1))).toEqual([]);
  });

  it('audits a report answered from snapshots like any other', async () => {
    const [{ n: beforeCount }] = await hub.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE kind = 'AGGREGATE'`);
    await summary(month(1), 'MUNICIPALITY');
    const [{ n }] = await hub.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE kind = 'AGGREGATE'`);
    expect(n).toBe(beforeCount + 1);
  });
});
