import { Client } from 'pg';
import { addDays, addMonths, addMonthsToInstant, dateInRiga, daysInMonth, monthOf } from '../../src/kernel/dates';

describe('month arithmetic: month ends clamp to the last day (DOMAIN.md, Dates)', () => {
  it.each([
    ['2026-11-30', 3, '2027-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2026-05-31', -1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-11-29', 3, '2027-02-28'],
    ['2026-11-28', 3, '2027-02-28'],
    ['2026-06-15', 0, '2026-06-15'],
    ['2026-10-31', -12, '2025-10-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('agrees with PostgreSQL on every day of four years, for -13 to 13 months', async () => {
    const client = new Client({ connectionString: process.env.CASEHUB_TEST_ADMIN_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ d: string; n: number; r: string }>(
        `SELECT d::date::text AS d, n, (d::date + make_interval(months => n))::date::text AS r
           FROM generate_series('2023-01-01'::date, '2026-12-31'::date, interval '1 day') AS d, generate_series(-13, 13) AS n`);
      const differing = rows.filter((row) => addMonths(row.d, row.n) !== row.r);
      expect(rows.length).toBeGreaterThan(39_000);
      expect(differing).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('days, month lengths and month bounds', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(monthOf('2026-11-30', 0)).toEqual({ month: '2026-11', first: '2026-11-01', last: '2026-11-30' });
    expect(monthOf('2026-03-31', 1)).toEqual({ month: '2026-02', first: '2026-02-01', last: '2026-02-28' });
    expect(monthOf('2026-01-15', 13)).toEqual({ month: '2024-12', first: '2024-12-01', last: '2024-12-31' });
  });

  it('instants keep their time of day and clamp the same way', () => {
    expect(addMonthsToInstant(new Date('2026-08-31T10:15:00.000Z'), 12).toISOString()).toBe('2027-08-31T10:15:00.000Z');
    expect(addMonthsToInstant(new Date('2024-02-29T23:00:00.000Z'), 12).toISOString()).toBe('2025-02-28T23:00:00.000Z');
  });
});

describe('today is the date in Latvia', () => {
  it.each([
    ['2026-11-29T21:59:59Z', '2026-11-29'], // 23:59:59 in Riga (winter, UTC+2)
    ['2026-11-29T22:00:00Z', '2026-11-30'], // midnight in Riga, still the 29th in UTC
    ['2026-06-30T20:59:59Z', '2026-06-30'], // 23:59:59 in Riga (summer, UTC+3)
    ['2026-06-30T21:00:00Z', '2026-07-01'],
  ])('%s is %s', (instant, expected) => {
    expect(dateInRiga(new Date(instant))).toBe(expected);
  });
});
