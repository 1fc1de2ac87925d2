import { ageOn, today, useClock, useTimeZone } from '../../src/kernel/dates';
import { judgeEventDate } from '../../src/cases/event-dates';
import { checkTargetGroupAge } from '../../src/cases/case.service';
import { TargetGroup } from '../../src/cases/case.entity';
import { loadConfig } from '../../src/kernel/config';

/** The day's edges in Latvia: 00:30 and 23:30 local time, summer (UTC+3) and winter (UTC+2). */
const EDGES: [string, string, string][] = [
  ['summer, 00:30 local', '2026-07-15T21:30:00Z', '2026-07-16'],
  ['summer, 23:30 local', '2026-07-16T20:30:00Z', '2026-07-16'],
  ['winter, 00:30 local', '2026-01-15T22:30:00Z', '2026-01-16'],
  ['winter, 23:30 local', '2026-01-16T21:30:00Z', '2026-01-16'],
  ['the night summer time starts, 03:30 local', '2026-03-29T00:30:00Z', '2026-03-29'],
  ['new year, 00:30 local', '2026-12-31T22:30:00Z', '2027-01-01'],
];

describe('one clock: today is the date in Europe/Riga', () => {
  afterEach(() => { useClock(null); useTimeZone('Europe/Riga'); });

  it.each(EDGES)('%s', (_name, instant, expected) => {
    useClock(() => new Date(instant));
    expect(today()).toBe(expected);
  });

  it('follows TIME_ZONE when configured otherwise, and refuses an unknown zone', () => {
    useClock(() => new Date('2026-07-15T21:30:00Z'));
    useTimeZone('UTC');
    expect(today()).toBe('2026-07-15');
    expect(loadConfig({ TIME_ZONE: 'Europe/Tallinn' }).timeZone).toBe('Europe/Tallinn');
    expect(loadConfig({}).timeZone).toBe('Europe/Riga');
    expect(() => loadConfig({ TIME_ZONE: 'Mars/Olympus' })).toThrow(/TIME_ZONE/);
  });
});

describe('ages and target groups', () => {
  it.each([
    ['2008-11-30', '2026-11-30', 18], ['2008-12-01', '2026-11-30', 17], ['2012-02-29', '2026-02-28', 13], ['2012-02-29', '2026-03-01', 14],
  ])('born %s is %s years old on %s', (born, on, age) => { expect(ageOn(born, on)).toBe(age); });

  it.each([
    [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE, '2008-12-01', true], [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE, '2008-11-30', false],
    [TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT, '1946-05-01', false], [TargetGroup.ADULT_WITH_MENTAL_DISORDER, '2021-05-01', false],
    [TargetGroup.ADULT_WITH_MENTAL_DISORDER, '2008-11-30', true],
  ])('%s for a client born %s, opened 2026-11-30: %s', (group, born, ok) => {
    const check = () => checkTargetGroupAge(group, born, '2026-11-30');
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.targetGroup' }) }));
  });
});

describe('event dates in a case', () => {
  const dates = { openedOn: '2026-10-01', birthDate: '2015-03-14' };
  it.each([
    ['2026-10-01', false], ['2026-11-30', false], ['2026-09-15', true], ['2026-09-01', true],
  ])('%s: accepted, flagged before the opening: %s', (date, flagged) => {
    expect(judgeEventDate('input.occurredOn', date, dates, 30)).toBe(flagged);
  });
  it.each([['2026-08-31'], ['1990-01-01'], ['2015-03-13']])('%s: refused', (date) => {
    expect(() => judgeEventDate('input.occurredOn', date, dates, 30))
      .toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.occurredOn' }) }));
  });
});
