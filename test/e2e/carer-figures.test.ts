import type { ResultOf } from '@graphql-typed-document-node/core';
import { UserRole } from '../../src/kernel/principal';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const SUMMARY = graphql(`query CarerFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {
  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {
    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }
      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }
  }
}`);
type FigureOut = ResultOf<typeof SUMMARY>['regionalSummary']['figures'][number];

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const METRICS = ['ACTIVE_CARERS', 'FREE_FAMILY_PLACES', 'CHILDREN_WAITING_FOR_FAMILY', 'SUITABILITY_DECISIONS', 'MEAN_DAYS_TO_SUITABILITY',
  'FOSTER_CHILDREN'] as const;

/**
 * Known answers for 2025 (at 2025-12-31), in Zemgale, where the families live:
 * JELGAVA: 6 foster families active since 2025-05-01, all ORDINARY (decided 2025-04-20), 5 of them also SPECIALISED;
 *          one ORDINARY-only family has 3 children living there, one SPECIALISED family 2: free places 5 × 6 + 3 − 5 = 28;
 *          a 7th family active from 2025-05-01 but PAUSED on 2025-09-01: not active at the year's end (free places not counted);
 *          suitability decided for all 7 in 2025: 6 after 100 days, 1 after 120: mean 102.9 days;
 *          children waiting for a family: 5 in an institution, 2 in a crisis centre (7); the 5 with families are not waiting.
 * DOBELES_NOV: 2 families active (ORDINARY), no child, decided after 40 days: every count hidden, its mean hidden too.
 * Scope mean: (6 × 100 + 120 + 2 × 40) / 9 = 88.9 days.
 */
async function buildFixture(hub: TestHub): Promise<void> {
  await hub.db.query(`
    CREATE TEMP TABLE fam (m text, n int, specialised boolean, children int, paused boolean, days int);
    INSERT INTO fam VALUES ('JELGAVA', 1, false, 3, false, 100), ('JELGAVA', 1, true, 2, false, 100), ('JELGAVA', 4, true, 0, false, 100),
                           ('JELGAVA', 1, false, 0, true, 120), ('DOBELES_NOV', 2, false, 0, false, 40);
    CREATE TEMP TABLE k AS SELECT gen_random_uuid() AS id, f.*, row_number() OVER () AS i FROM fam f, generate_series(1, f.n);
    INSERT INTO carer (id, kind, name, municipality_code, support_centre_id, status, inquiry_on, suitability_decided_on)
      SELECT k.id, 'FOSTER_FAMILY', 'Ģimene ' || k.i, k.m, a.id, CASE WHEN k.paused THEN 'PAUSED' ELSE 'ACTIVE' END,
             '2025-04-20'::date - k.days, '2025-04-20' FROM k, agency a WHERE a.code = 'AC-ZEMGALE-1';
    INSERT INTO carer_transition (carer_id, from_status, to_status, reason, user_id, agency_id, at)
      SELECT k.id, NULL, 'INQUIRY', 'x', 'u', a.id, ('2025-04-20'::date - k.days)::timestamp FROM k, agency a WHERE a.code = 'AC-ZEMGALE-1'
      UNION ALL SELECT k.id, 'SUITABILITY_DECIDED', 'ACTIVE', 'x', 'u', a.id, '2025-05-01 10:00' FROM k, agency a WHERE a.code = 'AC-ZEMGALE-1'
      UNION ALL SELECT k.id, 'ACTIVE', 'PAUSED', 'x', 'u', a.id, '2025-09-01 10:00' FROM k, agency a WHERE a.code = 'AC-ZEMGALE-1' AND k.paused;
    INSERT INTO carer_form (carer_id, form, decision_ref, decided_on, deciding_agency_id)
      SELECT k.id, f.form, 'BT 1', '2025-04-20', a.id FROM k CROSS JOIN LATERAL (VALUES ('ORDINARY'), ('SPECIALISED')) f(form)
        JOIN agency a ON a.code = 'BT-' || k.m WHERE f.form = 'ORDINARY' OR k.specialised;

    -- the children: with the families (from 2025-06-01), in an institution or a crisis centre (from 2025-02-01)
    CREATE TEMP TABLE ch AS
      SELECT gen_random_uuid() AS case_id, gen_random_uuid() AS client_id, x.*, row_number() OVER () AS j FROM (
        SELECT k.id AS carer_id, CASE WHEN k.specialised THEN 'SPECIALISED' ELSE 'ORDINARY' END AS form, NULL AS type
          FROM k, generate_series(1, k.children)
        UNION ALL SELECT NULL, NULL, 'INSTITUTION' FROM generate_series(1, 5)
        UNION ALL SELECT NULL, NULL, 'CRISIS_CENTRE' FROM generate_series(1, 2)) x;
    INSERT INTO client (id, personal_code, given_name, family_name, birth_date, gender, declared_municipality_code)
      SELECT client_id, '32' || lpad((7000 + j)::text, 4, '0') || '-' || lpad(j::text, 5, '0'), 'X', 'Y', '2015-01-01', 'UNSPECIFIED', 'JELGAVA' FROM ch;
    INSERT INTO care_case (id, client_id, target_group, intake_type, status, opened_on, responsible_municipality_code)
      SELECT case_id, client_id, 'CHILD_WITHOUT_PARENTAL_CARE', 'VOLUNTARY', 'IMPLEMENTATION', '2024-06-01', 'JELGAVA' FROM ch;
    INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id)
      SELECT case_id, a.id, 'CASE_MANAGER', 'x', 'u' FROM ch, agency a WHERE a.code = 'SD-JELGAVA';
    INSERT INTO placement (case_id, type, foster_form, carer_id, carer_name, provider_agency_id, starts_on, court_decision_ref)
      SELECT case_id, COALESCE(type, 'FOSTER_FAMILY'), form, carer_id, CASE WHEN carer_id IS NOT NULL THEN 'Ģimene' END,
             CASE WHEN type IS NOT NULL THEN (SELECT id FROM agency WHERE code = 'VSAC-ZEMGALE') END,
             CASE WHEN type IS NULL THEN '2025-06-01'::date ELSE '2025-02-01'::date END, 'BT 2' FROM ch;
  `);
}

describe('the out-of-family-care figures: carers, free places, children waiting, suitability, reconciled with the rows', () => {
  let hub: TestHub;
  let analyst: string;
  beforeAll(async () => {
    hub = await startHub();
    await buildFixture(hub);
    analyst = await hub.token('LM', UserRole.ANALYST);
  });
  afterAll(async () => { await hub.close(); });

  const summary = async (groupBy: 'MUNICIPALITY' | 'REGION', period = YEAR) => {
    const res = await hub.gql(analyst, SUMMARY, { period, groupBy, region: 'ZEMGALE', metrics: [...METRICS] });
    expect(res.errors).toEqual([]);
    return res.data?.regionalSummary.figures as FigureOut[];
  };
  const figure = (figures: FigureOut[], metric: string) => figures.find((f) => f.metric === metric) as FigureOut;
  const at = (f: FigureOut, area: string, column = 'ALL') => f.rows.find((r) => r.areaCode === area)?.cells[f.columns.indexOf(column)];
  const shown = (value: number) => ({ value, suppressed: false, unknown: false });
  const hidden = { value: null, suppressed: true, unknown: false };

  it('gives the known answers per municipality, hiding counts of 1 to 4 and the mean of fewer than 5 carers', async () => {
    const figures = await summary('MUNICIPALITY');
    const active = figure(figures, 'ACTIVE_CARERS');
    expect(active.unit).toBe('CARERS');
    expect([at(active, 'JELGAVA', 'ORDINARY'), at(active, 'JELGAVA', 'SPECIALISED')]).toEqual([shown(6), shown(5)]);
    expect(at(active, 'DOBELES_NOV', 'ORDINARY')).toEqual(hidden);
    expect(at(figure(figures, 'FREE_FAMILY_PLACES'), 'JELGAVA')).toEqual(shown(28));
    expect(at(figure(figures, 'FREE_FAMILY_PLACES'), 'DOBELES_NOV')).toEqual(shown(6));
    expect(at(figure(figures, 'CHILDREN_WAITING_FOR_FAMILY'), 'JELGAVA')).toEqual(shown(7));
    expect(at(figure(figures, 'SUITABILITY_DECISIONS'), 'JELGAVA')).toEqual(shown(7));
    expect(at(figure(figures, 'SUITABILITY_DECISIONS'), 'DOBELES_NOV')).toEqual(hidden);
    const mean = figure(figures, 'MEAN_DAYS_TO_SUITABILITY');
    expect(mean.unit).toBe('DAYS');
    expect(at(mean, 'JELGAVA')).toEqual(shown(102.9));
    expect(at(mean, 'DOBELES_NOV')?.value).toBeNull();
    expect(mean.total).toEqual(shown(88.9));
    // placements by form: the children living with the families (FOSTER_CHILDREN), 3 ORDINARY and 2 SPECIALISED: too few to show
    const placed = figure(figures, 'FOSTER_CHILDREN');
    expect([at(placed, 'JELGAVA', 'ORDINARY'), at(placed, 'JELGAVA', 'SPECIALISED')]).toEqual([hidden, hidden]);
    // no published cell lets a hidden one be worked out: a column with one hidden cell hides another, or its total
    for (const f of figures.filter((x) => x.metric !== 'MEAN_DAYS_TO_SUITABILITY')) {
      f.columns.forEach((_, c) => {
        const column = f.rows.map((r) => r.cells[c]);
        const hiddenCells = column.filter((x) => x.suppressed).length;
        if (hiddenCells === 1 && f.columnTotals.length > 0) expect([f.metric, f.columnTotals[c].suppressed]).toEqual([f.metric, true]);
      });
    }
  });

  it('reconciles with the rows: the region is the sum of its municipalities, and each figure is what the register holds', async () => {
    const figures = await summary('REGION');
    const active = figure(figures, 'ACTIVE_CARERS');
    expect([at(active, 'ZEMGALE', 'ORDINARY'), at(active, 'ZEMGALE', 'SPECIALISED')]).toEqual([shown(8), shown(5)]);
    expect(at(figure(figures, 'FREE_FAMILY_PLACES'), 'ZEMGALE')).toEqual(shown(34));
    expect(at(figure(figures, 'SUITABILITY_DECISIONS'), 'ZEMGALE')).toEqual(shown(9));
    expect(at(figure(figures, 'MEAN_DAYS_TO_SUITABILITY'), 'ZEMGALE')).toEqual(shown(88.9));
    // the same counts straight from the register's rows
    const [rows] = await hub.db.query(`
      SELECT (SELECT count(*) FROM carer k JOIN carer_form f ON f.carer_id = k.id JOIN municipality m ON m.code = k.municipality_code
               WHERE m.region_code = 'ZEMGALE' AND k.status = 'ACTIVE' AND f.form = 'ORDINARY')::int AS ordinary,
             (SELECT count(*) FROM carer k JOIN municipality m ON m.code = k.municipality_code
               WHERE m.region_code = 'ZEMGALE' AND k.suitability_decided_on BETWEEN '2025-01-01' AND '2025-12-31')::int AS decided`);
    expect(rows).toEqual({ ordinary: 8, decided: 9 });
    // before the families became active (at the end of April) none is active, and the paused one was active in June
    const april = await summary('MUNICIPALITY', { from: '2025-04-01', to: '2025-04-30' });
    expect(figure(april, 'ACTIVE_CARERS').total).toEqual(shown(0));
    const june = await summary('MUNICIPALITY', { from: '2025-06-01', to: '2025-06-30' });
    expect(at(figure(june, 'ACTIVE_CARERS'), 'JELGAVA', 'ORDINARY')).toEqual(shown(7));
  });
});
