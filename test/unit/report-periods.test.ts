import { wholePastMonths } from '../../src/reporting/snapshots';

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
