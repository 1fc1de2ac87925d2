import { mediansFromDistribution } from '../../src/reporting/medians';

const M = 'MEDIAN_MONTHS_IN_CARE';
const row = (area: string, months: number, children: number) => ({ metric: M, area, col: String(months), value: String(children) });

describe('a median kept as its distribution', () => {
  it('is what percentile_cont(0.5) gives over the same values: the middle one, or the mean of the two middle ones', () => {
    const cells = mediansFromDistribution([row('A', 1, 1), row('A', 2, 1), row('A', 3, 1), row('A', 10, 1),
      row('B', 5, 3), row('B', 40, 1), row('B', 5, 1)], M);
    expect(cells).toEqual(expect.arrayContaining([
      { metric: M, area: 'A', col: 'ALL', value: '2.5' },
      { metric: M, area: 'B', col: 'ALL', value: '5' },
      // the whole scope: 1, 2, 3, 5, 5, 5, 5, 10, 40
      { metric: M, area: '*', col: 'ALL', value: '5' },
    ]));
    expect(cells).toHaveLength(3);
  });

  it('sums target groups and areas before taking the median, and leaves other figures as they are', () => {
    const other = { metric: 'OPEN_CASES', area: 'A', col: 'ALL', value: '7' };
    const cells = mediansFromDistribution([row('A', 12, 2), row('A', 30, 2), row('A', 12, 1), other], M);
    expect(cells).toEqual([other, { metric: M, area: 'A', col: 'ALL', value: '12' }, { metric: M, area: '*', col: 'ALL', value: '12' }]);
    expect(mediansFromDistribution([other], M)).toEqual([other]);
  });
});
