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

/**
 * How many children a foster family of a form takes at once (DOMAIN.md, 004 table 2):
 * crisis 2 when a child is under 1.5, otherwise 3; therapeutic 3 (siblings excepted);
 * specialised 6 (more only for siblings); respite 6, or 3 with a special-needs child aged 0–3;
 * ordinary 3. An unknown age counts as the youngest, so the stricter limit applies.
 */
export function fosterCapacity(form: FosterForm, children: PlacedChild[]): Capacity {
  const youngest = Math.min(...children.map((c) => c.age ?? 0));
  switch (form) {
    case FosterForm.CRISIS:
      return { limit: youngest < 1.5 ? 2 : 3, siblingsMayExceed: false };
    case FosterForm.THERAPEUTIC:
      return { limit: 3, siblingsMayExceed: true };
    case FosterForm.SPECIALISED:
      return { limit: 6, siblingsMayExceed: true };
    case FosterForm.RESPITE:
      return { limit: children.some((c) => c.specialNeeds && (c.age ?? 0) < 4) ? 3 : 6, siblingsMayExceed: false };
    case FosterForm.ORDINARY:
      return { limit: 3, siblingsMayExceed: false };
  }
}

export type CapacityDecision = { ok: true; exception: string | null } | { ok: false; reason: string };

/** Whether one more child may join; `children` includes the new one. */
export function checkFosterCapacity(form: FosterForm, children: PlacedChild[], siblings: boolean,
  exceptionReason: string | null): CapacityDecision {
  const { limit, siblingsMayExceed } = fosterCapacity(form, children);
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
