import { checkHomeLimits } from '../../src/placements/provider-limits';
import { REFERENCE_SOURCES } from '../../src/reference/sources';
import { publishedMedians } from '../../src/reporting/medians';

const rule = (type: string) => {
  const found = REFERENCE_SOURCES['placement-limits'].records.find((r) => r.placementType === type);
  if (!found) throw new Error(`placement-limits.json has no ${type}`);
  return found;
};
const children = (n: number, age: number | null) => Array.from({ length: n }, () => ({ age }));

describe("the size limits of children's homes (004 table 1, placement-limits.json)", () => {
  const home = rule('FAMILY_LIKE_CARE_HOME');
  const correction = rule('SOCIAL_CORRECTION_HOME');

  it.each<[string, ReturnType<typeof checkHomeLimits>, ReturnType<typeof checkHomeLimits>['ok']]>([
    ['a family-like home with 7 takes an 8th', checkHomeLimits(home, false, children(7, 9), { age: 9 }, false, null), true],
    ['a family-like home with 8 refuses a 9th', checkHomeLimits(home, false, children(8, 9), { age: 9 }, false, null), false],
    ['… unless siblings come with the reason recorded', checkHomeLimits(home, false, children(8, 9), { age: 9 }, true, 'siblings'), true],
    ['… siblings without a reason are refused', checkHomeLimits(home, false, children(8, 9), { age: 9 }, true, null), false],
    ['a correction home takes a 12-year-old into a group of 7', checkHomeLimits(correction, false, children(7, 12), { age: 12 }, false, null), true],
    ['… not into a group of 8, whatever the reason', checkHomeLimits(correction, false, children(8, 12), { age: 12 }, true, 'x'), false],
    ['… but a 15-year-old into the next group', checkHomeLimits(correction, false, children(8, 12), { age: 15 }, false, null), true],
    ['… a 10-year-old in no group', checkHomeLimits(correction, false, [], { age: 10 }, false, null), false],
    ['… a 19-year-old in no group', checkHomeLimits(correction, false, [], { age: 19 }, false, null), false],
    ['… a child of unknown age in no group', checkHomeLimits(correction, false, [], { age: null }, false, null), false],
    ['24 in all: 8 per group of 3', checkHomeLimits(correction, false, [...children(8, 12), ...children(8, 15), ...children(7, 17)], { age: 18 }, false, null), true],
    ['the hardest cases: 12 in all', checkHomeLimits(correction, true, [...children(6, 12), ...children(6, 15)], { age: 17 }, false, null), false],
    ['the hardest cases: a 12th of 12', checkHomeLimits(correction, true, [...children(6, 12), ...children(5, 15)], { age: 17 }, false, null), true],
  ])('%s', (_name, decision, ok) => {
    expect(decision.ok).toBe(ok);
  });

  it('records the reason only when it is what lets the child in', () => {
    expect(checkHomeLimits(home, false, children(2, 9), { age: 9 }, true, 'siblings')).toEqual({ ok: true, exception: null });
    expect(checkHomeLimits(home, false, children(8, 9), { age: 9 }, true, 'siblings')).toEqual({ ok: true, exception: 'siblings' });
  });
});

describe('a median is published only where it describes enough people', () => {
  it.each<[string, number[], number[], number | null, ReturnType<typeof publishedMedians>]>([
    ['shown from the threshold, hidden below it, unknown for nobody', [34, 11, 0], [14, 3, 0], 20,
      { cells: [[34], [null], [null]], rowTotals: [null, null, null], columnTotals: [20], total: 20,
        unknown: [[false], [false], [true]], totalUnknown: false }],
    ['the whole scope hidden when it counts fewer than the threshold', [5], [4], 5,
      { cells: [[null]], rowTotals: [null], columnTotals: [], total: null, unknown: [[false]], totalUnknown: false }],
    ['nobody anywhere: unknown', [0, 0], [0, 0], null,
      { cells: [[null], [null]], rowTotals: [null, null], columnTotals: [null], total: null, unknown: [[true], [true]], totalUnknown: true }],
  ])('%s', (_name, values, counts, scope, expected) => {
    expect(publishedMedians(values, counts, scope, 5)).toEqual(expected);
  });
});
