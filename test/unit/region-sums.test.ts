import { Metric, METRIC_CLASS, METRICS } from '../../src/reporting/metrics';
import { DISTINCT_COUNTS } from '../../src/reporting/region-sums';

const sqlOf = (m: Metric) => METRICS[m].kept ?? METRICS[m].sql;
const kept = Object.values(Metric).filter((m) => METRIC_CLASS[m] !== 'LIVE');

describe("which kept figures a region's rollups cannot simply sum over its municipalities", () => {
  it('corrects every count of distinct people or carers, and nothing a sum gives exactly', () => {
    expect([...DISTINCT_COUNTS].sort()).toEqual([
      Metric.BEYOND_STAY_LIMIT, Metric.CARE_LEVEL_MONTHLY_COST, Metric.CHILDREN_IN_CARE_BY_GOAL, Metric.CHILDREN_IN_CARE_OVER_TWO_YEARS,
      Metric.CHILDREN_WAITING_FOR_FAMILY, Metric.CLIENTS_BY_CARE_LEVEL, Metric.FOSTER_CARERS, Metric.FOSTER_CHILDREN, Metric.IN_INSTITUTIONS,
      Metric.OPEN_CASES, Metric.SERVICES_IN_PLANS, Metric.SERVICES_PRICE_UNKNOWN, Metric.WAITING_FOR_SERVICE,
    ].sort());
    for (const m of kept) expect([m, /count\(DISTINCT/i.test(sqlOf(m))]).toEqual([m, DISTINCT_COUNTS.has(m) || m === Metric.PLACES_IN_USE]);
  });

  it('rounds only the monthly cost per cell, which a region takes from the unrounded plan volumes', () => {
    expect(kept.filter((m) => /round\(/i.test(sqlOf(m)))).toEqual([Metric.MONTHLY_COST]);
  });
});
