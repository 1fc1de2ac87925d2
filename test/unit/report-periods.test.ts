import { wholePastMonths } from '../../src/reporting/snapshots';
import { wholeMonthsWithin } from '../../src/reporting/rollups';

describe('which periods month-end snapshots answer: whole calendar months that have ended', () => {
  const today = '2026-11-30';
  it.each([
    ['2026-10-01', '2026-10-31', { first: '2026-10-01', last: '2026-10-01' }],
    ['2026-02-01', '2026-02-28', { first: '2026-02-01', last: '2026-02-01' }],
    ['2024-02-01', '2024-02-29', { first: '2024-02-01', last: '2024-02-01' }],
    ['2025-11-01', '2026-10-31', { first: '2025-11-01', last: '2026-10-01' }],
    ['2026-01-01', '2026-06-30', { first: '2026-01-01', last: '2026-06-01' }],
  ])('%s..%s: %o', (from, to, months) => {
    expect(wholePastMonths(from, to, today)).toEqual(months);
  });

  it.each([
    ['2026-11-01', '2026-11-30', 'the current month, even on its last day'],
    ['2026-11-01', '2026-11-29', 'the current month so far'],
    ['2026-10-02', '2026-10-31', 'not from the first of a month'],
    ['2026-10-01', '2026-10-30', 'not to the last day of a month'],
    ['2026-02-01', '2026-02-27', 'not to the last day of February'],
    ['2026-10-01', '2026-12-31', 'ending after today'],
    ['2026-10-01', '2026-09-30', 'ending before it starts'],
  ])('%s..%s: none (%s)', (from, to) => {
    expect(wholePastMonths(from, to, today)).toBeNull();
  });
});

describe('which months of a period ending today its flows take from month rows: the whole calendar months within it', () => {
  it.each([
    ['2026-01-01', '2026-11-30', { first: '2026-01-01', end: '2026-12-01' }, 'the year so far, on the last day of a month'],
    ['2026-01-01', '2026-11-17', { first: '2026-01-01', end: '2026-11-01' }, 'the days of this month from day rows'],
    ['2026-01-15', '2026-11-17', { first: '2026-02-01', end: '2026-11-01' }, 'days at both edges'],
    ['2026-11-02', '2026-11-17', { first: '2026-12-01', end: '2026-11-01' }, 'no whole month: every day from day rows'],
    ['2026-11-01', '2026-11-30', { first: '2026-11-01', end: '2026-12-01' }, 'one whole month'],
    ['2024-02-01', '2024-02-29', { first: '2024-02-01', end: '2024-03-01' }, 'a leap February'],
    ['2025-12-31', '2026-01-01', { first: '2026-01-01', end: '2026-01-01' }, 'across a year, no whole month'],
  ])('%s..%s: %o (%s)', (from, to, months) => {
    expect(wholeMonthsWithin(from, to)).toEqual(months);
  });
});
