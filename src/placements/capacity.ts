import { CarerFormRule, REFERENCE_SOURCES } from '../reference';
import { FosterForm } from './placement.entity';

/** A child living in (or about to join) a foster family, as the capacity rules see them. */
export interface PlacedChild {
  /** Age in years at the placement date; null when the birth date is unknown. */
  age: number | null;
  specialNeeds: boolean;
}

export interface Capacity {
  limit: number;
  /** Siblings placed together may exceed the limit (recorded as an exception). */
  siblingsMayExceed: boolean;
}

/** The rule of a form as this version of the hub ships it (data/carer-forms.json); the service reads the database's register. */
export function shippedRule(form: FosterForm): CarerFormRule {
  const rule = REFERENCE_SOURCES['carer-forms'].records.find((r) => r.form === form);
  if (!rule) throw new Error(`carer-forms.json has no rule for the foster form ${form}`);
  return rule;
}

/**
 * How many children a foster family of a form takes at once: the form's limit, or the strictest
 * of its age bands that a child of the family falls in (the crisis form: 2 while a child is under
 * 1.5; respite: 3 with a special-needs child under 4). An unknown age counts as the youngest, so
 * the stricter limit applies. The numbers are data (carer-forms.json, DOMAIN.md, 004 table 2).
 */
export function fosterCapacity(form: FosterForm, children: PlacedChild[], rule: CarerFormRule = shippedRule(form)): Capacity {
  let limit = rule.maxChildren;
  for (const band of rule.ageBands) {
    const inBand = children.some((c) => (c.age ?? 0) < band.childUnder && (!band.specialNeedsOnly || c.specialNeeds));
    if (inBand) limit = Math.min(limit, band.maxChildren);
  }
  return { limit, siblingsMayExceed: rule.siblingsMayExceed };
}

export type CapacityDecision = { ok: true; exception: string | null } | { ok: false; reason: string };

/** Whether one more child may join; `children` includes the new one. */
export function checkFosterCapacity(form: FosterForm, children: PlacedChild[], siblings: boolean,
  exceptionReason: string | null, rule: CarerFormRule = shippedRule(form)): CapacityDecision {
  const { limit, siblingsMayExceed } = fosterCapacity(form, children, rule);
  if (children.length <= limit) return { ok: true, exception: null };
  if (siblings && siblingsMayExceed && exceptionReason) return { ok: true, exception: exceptionReason };
  const already = children.length - 1;
  const hint = siblingsMayExceed ? ' unless siblings are placed together (set siblingGroup and give the reason)' : '';
  return { ok: false, reason: `A ${form} foster family takes at most ${limit} children at once${hint}; this one has ${already}` };
}

/** Age in whole and fractional years between two `YYYY-MM-DD` dates. */
export function ageOn(birthDate: string | null, on: string): number | null {
  if (!birthDate) return null;
  return (Date.parse(`${on}T00:00:00Z`) - Date.parse(`${birthDate}T00:00:00Z`)) / (365.25 * 24 * 3600 * 1000);
}
