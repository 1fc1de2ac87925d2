import { CaseStatus } from '../../src/cases';
import { ageInYears, youthHomeServiceRefusal, youthHomeStayRefusal, youthHomeWindow } from '../../src/placements/age-rules';
import { longestStay } from '../../src/placements/stay-limits';
import { moveRefusal } from '../../src/provider-moves/prerequisites';

describe('the youth home ages', () => {
  it('runs from the 15th birthday until the 24th, a year complete on the birthday (29 February: on 28 February)', () => {
    expect(youthHomeWindow('2010-06-15')).toEqual({ from: '2025-06-15', until: '2034-06-15' });
    expect(youthHomeWindow('2008-02-29')).toEqual({ from: '2023-02-28', until: '2032-02-29' });
    expect(ageInYears('2008-02-29', '2023-02-28')).toBe(15);
    expect(ageInYears('2008-02-29', '2023-02-27')).toBe(14);
  });

  it('refuses a stay starting before the 15th birthday or on the 24th, or ending after it', () => {
    expect(youthHomeStayRefusal('2010-06-15', '2025-06-14', null)?.at).toBe('start');
    expect(youthHomeStayRefusal('2010-06-15', '2025-06-15', null)).toBeNull();
    expect(youthHomeStayRefusal('2010-06-15', '2034-06-14', '2034-06-15')).toBeNull();
    expect(youthHomeStayRefusal('2010-06-15', '2034-06-15', null)?.at).toBe('start');
    expect(youthHomeStayRefusal('2010-06-15', '2030-01-01', '2034-06-16')).toEqual({ at: 'end',
      reason: "a youth home stay ends by the client's 24th birthday (2034-06-15)" });
    expect(youthHomeStayRefusal(null, '2030-01-01', null)?.at).toBe('start');
  });

  it('takes a youth home into a plan when the client is of its age on some day between its start and its review', () => {
    expect(youthHomeServiceRefusal('2010-06-15', '2024-07-01', '2025-06-15')).toBeNull();
    expect(youthHomeServiceRefusal('2010-06-15', '2024-07-01', '2025-06-14')).toContain('this plan runs from 2024-07-01 to 2025-06-14');
    expect(youthHomeServiceRefusal('2010-06-15', '2034-06-14', '2035-06-01')).toBeNull();
    expect(youthHomeServiceRefusal('2010-06-15', '2034-06-15', '2035-06-01')).not.toBeNull();
  });
});

describe('the longest an orphan court may extend an institution stay', () => {
  it('is 6 months for a child under 4 when the stay began, a year from the 4th birthday on', () => {
    expect(longestStay('2022-11-30', '2026-11-29')).toEqual({ limit: '2027-05-29', months: 6, young: true });
    expect(longestStay('2022-11-30', '2026-11-30')).toEqual({ limit: '2027-11-30', months: 12, young: false });
    // a period in months ends on the month's last day when it has no such day (DOMAIN.md, Dates)
    expect(longestStay('2020-01-01', '2026-08-31').limit).toBe('2027-08-31');
    expect(longestStay('2024-01-01', '2026-08-31').limit).toBe('2027-02-28');
  });
});

describe('what a move between providers needs', () => {
  const ready = { status: CaseStatus.IMPLEMENTATION, planId: 'p', transitionTasks: 1, team: 2, visits: 3 };
  it('is the case in IMPLEMENTATION, an ACTIVE plan, and its transition plan complete', () => {
    expect(moveRefusal(ready)).toBeNull();
    for (const status of [CaseStatus.INTAKE, CaseStatus.ASSESSMENT, CaseStatus.PLANNING, CaseStatus.EVALUATION, CaseStatus.CLOSED]) {
      expect(moveRefusal({ ...ready, status })).toContain(`this case is in ${status}`);
    }
    expect(moveRefusal({ ...ready, planId: null })).toBe('The case has no ACTIVE support plan; a move is prepared and made under one');
    expect(moveRefusal({ ...ready, team: 0, visits: 0 })).toBe(
      'The ACTIVE support plan has no complete individual transition plan: it needs the transition team, preparation visits');
  });
});
