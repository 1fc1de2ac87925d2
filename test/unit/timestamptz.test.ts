import { types } from 'pg';
import { parseTimestamptz } from '../../src/kernel/db/sql';

// pg's parser, as it was before sql.ts replaced it: postgres-date
// eslint-disable-next-line @typescript-eslint/no-require-imports
const postgresDate = require('postgres-date') as (value: string) => Date | number | null;

const asTime = (d: Date | number | null) => (d instanceof Date ? d.getTime() : d);

describe('timestamptz values read from PostgreSQL', () => {
  it('is the parser pg uses for timestamptz', () => {
    expect(types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text')).toBe(parseTimestamptz);
  });

  it.each([
    '2026-11-30 18:22:23.027431+02', '2026-11-30 16:22:23+00', '2026-03-29 03:00:00.5+03', '1999-12-31 23:59:59.999999-05',
    '2026-11-30 16:22:23.1+05:30', '1900-01-01 00:00:00+01:24:04', '0044-03-15 12:00:00+00 BC', 'infinity', '-infinity',
    '2026-02-28 00:00:00.000001+00', '9999-12-31 23:59:59.999999+14', '1000-01-01 00:00:00-12', '2026-11-30 16:22:23.12+00',
  ])('reads %s as pg\'s own parser does', (value) => {
    expect(asTime(parseTimestamptz(value))).toEqual(asTime(postgresDate(value)));
  });

  it('agrees with pg\'s own parser on 5,000 instants from 1901 to 2199 in offsets of whole, half and three-quarter hours', () => {
    // a fixed pseudo-random sequence: the same cases every run
    let seed = 20261130;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const from = Date.UTC(1901, 0, 1);
    const span = Date.UTC(2199, 11, 31) - from;
    for (let i = 0; i < 5000; i += 1) {
      const instant = from + Math.floor((next(1_000_000) / 1_000_000) * span) + next(1000);
      const hours = next(27) - 12;
      const minutes = ['', ':30', ':45'][next(3)];
      const digits = [0, 1, 3, 6][next(4)];
      const local = new Date(instant + hours * 3_600_000).toISOString();
      const fraction = digits === 0 ? '' : `.${(local.slice(20, 23) + String(next(1000)).padStart(3, '0')).slice(0, digits)}`;
      const offset = `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}${minutes}`;
      const value = `${local.slice(0, 10)} ${local.slice(11, 19)}${fraction}${offset}`;
      expect([value, asTime(parseTimestamptz(value))]).toEqual([value, asTime(postgresDate(value))]);
    }
  });
});
