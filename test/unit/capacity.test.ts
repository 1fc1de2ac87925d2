import { ageOn, checkFosterCapacity, fosterCapacity, PlacedChild, shippedRule } from '../../src/placements/capacity';
import { REFERENCE_SOURCES } from '../../src/reference/sources';
import { FosterForm } from '../../src/placements/placement.entity';

const kids = (...ages: number[]): PlacedChild[] => ages.map((age) => ({ age, specialNeeds: false }));

describe('foster family capacity (DOMAIN.md table)', () => {
  it.each([
    [FosterForm.ORDINARY, kids(5, 7), 3, false],
    [FosterForm.THERAPEUTIC, kids(5), 3, true],
    [FosterForm.SPECIALISED, kids(5), 6, true],
    [FosterForm.RESPITE, kids(5, 9), 6, false],
    [FosterForm.RESPITE, [{ age: 2, specialNeeds: true }], 3, false],
    [FosterForm.RESPITE, [{ age: 7, specialNeeds: true }], 6, false],
    [FosterForm.CRISIS, kids(1), 2, false],
    [FosterForm.CRISIS, kids(3, 2), 3, false],
    [FosterForm.CRISIS, [{ age: null, specialNeeds: false }], 2, false],
  ])('%s with children %p: at most %d, siblings may exceed: %s', (form, children, limit, siblings) => {
    expect(fosterCapacity(form, children)).toEqual({ limit, siblingsMayExceed: siblings });
  });

  it('refuses a 4th child in an ordinary family, even siblings', () => {
    const decision = checkFosterCapacity(FosterForm.ORDINARY, kids(3, 5, 7, 9), true, 'brothers');
    expect(decision).toEqual({ ok: false, reason: expect.stringContaining('at most 3') });
  });

  it('lets siblings exceed a specialised family, with the reason recorded', () => {
    expect(checkFosterCapacity(FosterForm.SPECIALISED, kids(1, 2, 3, 4, 5, 6, 7), true, 'three siblings together'))
      .toEqual({ ok: true, exception: 'three siblings together' });
    expect(checkFosterCapacity(FosterForm.SPECIALISED, kids(1, 2, 3, 4, 5, 6, 7), true, null).ok).toBe(false);
    expect(checkFosterCapacity(FosterForm.SPECIALISED, kids(1, 2, 3, 4, 5, 6, 7), false, 'x').ok).toBe(false);
    expect(checkFosterCapacity(FosterForm.SPECIALISED, kids(1, 2, 3, 4, 5, 6), false, null)).toEqual({ ok: true, exception: null });
  });

  it('computes ages in years on a date', () => {
    expect(ageOn('2020-01-01', '2021-07-02')).toBeCloseTo(1.5, 1);
    expect(ageOn(null, '2021-01-01')).toBeNull();
  });

  it('reads the numbers from the carer form register: one rule per form, none else', () => {
    expect(REFERENCE_SOURCES['carer-forms'].records.map((r) => r.form).sort()).toEqual(Object.values(FosterForm).sort());
    for (const form of Object.values(FosterForm)) expect(shippedRule(form).form).toBe(form);
  });

  it('applies the rule it is given (the database register\'s, after an operator\'s sync), bands included', () => {
    const rule = { form: 'ORDINARY', maxChildren: 4, siblingsMayExceed: false, term: 'indefinite',
      ageBands: [{ childUnder: 2, maxChildren: 1, specialNeedsOnly: false }] };
    expect(fosterCapacity(FosterForm.ORDINARY, kids(5, 7, 9), rule)).toEqual({ limit: 4, siblingsMayExceed: false });
    expect(fosterCapacity(FosterForm.ORDINARY, kids(5, 1), rule)).toEqual({ limit: 1, siblingsMayExceed: false });
    expect(checkFosterCapacity(FosterForm.ORDINARY, kids(3, 5, 7, 9), false, null, rule)).toEqual({ ok: true, exception: null });
  });
});
