import { addDays, addMonths, closedLongerAgoCutoff } from '../../src/kernel/dates';
import { DEFAULT_RETENTION_AFTER_CLOSURE_MONTHS, loadConfig, retentionAfterClosureMonths } from '../../src/kernel/config';

/** The rule as DOMAIN.md states it: the period of `months` months from the closing day ended before today. */
const closedLongerThan = (closedOn: string, months: number, today: string) => addMonths(closedOn, months) < today;

describe('closed for longer than N months: one cut date, as the month arithmetic counts periods', () => {
  it.each([
    // today, months, cut: closed before the cut = closed longer than the period
    ['2026-11-20', 120, '2016-11-20'],
    ['2026-03-30', 1, '2026-03-01'],  // 2026-02-28's month ended on 2026-03-28: closed longer than a month by the 30th
    ['2026-03-28', 1, '2026-02-28'],  // ... but not on the 28th itself
    ['2026-03-29', 1, '2026-03-01'],
    ['2026-02-28', 1, '2026-01-28'],
    ['2025-02-28', 12, '2024-02-28'], // 2024-02-29 + 12 months = 2025-02-28: not longer yet
    ['2025-03-01', 12, '2024-03-01'],
    ['2026-12-31', 120, '2016-12-31'],
  ])('on %s with %i months: every case closed before %s', (today, months, cut) => {
    expect(closedLongerAgoCutoff(today, months)).toBe(cut);
  });

  it('agrees with the rule for every closing day around the cut, on every day of four years, for 1 to 25 and 120 months', () => {
    let checked = 0;
    const disagreements: string[] = [];
    for (let today = '2023-01-01'; today <= '2026-12-31'; today = addDays(today, 1)) {
      for (const months of [...Array.from({ length: 25 }, (_, i) => i + 1), 120]) {
        const cut = closedLongerAgoCutoff(today, months);
        // the days around the cut decide it; the rule is monotone in the closing day
        for (let d = -4; d <= 4; d += 1) {
          const closedOn = addDays(cut, d);
          if ((closedOn < cut) !== closedLongerThan(closedOn, months, today)) disagreements.push(`${today} ${months} ${closedOn}`);
          checked += 1;
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(300_000);
  });
});

describe('RETENTION_AFTER_CLOSURE_MONTHS', () => {
  it('defaults to ten years (the general limitation period, Civillikums 1895. pants)', () => {
    expect(DEFAULT_RETENTION_AFTER_CLOSURE_MONTHS).toBe(120);
    expect(loadConfig({}).retentionAfterClosureMonths).toBe(120);
    expect(retentionAfterClosureMonths({ RETENTION_AFTER_CLOSURE_MONTHS: '' })).toBe(120);
  });

  it('takes whole months from 12 to 1200 and refuses anything else, naming the setting', () => {
    expect(loadConfig({ RETENTION_AFTER_CLOSURE_MONTHS: '84' }).retentionAfterClosureMonths).toBe(84);
    expect(retentionAfterClosureMonths({ RETENTION_AFTER_CLOSURE_MONTHS: '12' })).toBe(12);
    for (const bad of ['0', '11', '1201', '-120', '120.5', 'ten years', '10y']) {
      expect(() => retentionAfterClosureMonths({ RETENTION_AFTER_CLOSURE_MONTHS: bad })).toThrow(/RETENTION_AFTER_CLOSURE_MONTHS must be a whole number from 12 to 1200/);
    }
  });
});
