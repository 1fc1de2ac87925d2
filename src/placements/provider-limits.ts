import type { AgeGroup, PlacementLimitRecord } from '../reference';

/** A child placed (or about to be) with a home, as its size limits see them. */
export interface ChildInHome {
  /** whole years on the new placement's first day; null when the birth date is not recorded */
  age: number | null;
}

export type HomeDecision = { ok: true; exception: string | null } | { ok: false; field: 'type' | 'capacityExceptionReason'; reason: string };

const groupName = (g: AgeGroup) => `${g.from}–${g.to}`;

/** The age group of a child of `age`, or null. */
export function ageGroupOf(groups: AgeGroup[], age: number | null): AgeGroup | null {
  return age === null ? null : groups.find((g) => age >= g.from && age <= g.to) ?? null;
}

/**
 * Whether one more child may join a home (004 table 1: a family-like care home up to 8 children; a
 * social correction home 8 per age group 11–13, 14–16, 17–18, and 12 in all where it serves the
 * hardest cases). `children` are those already placed there for any day of the new stay; the
 * numbers are data (placement-limits.json). Only where the rule lets siblings exceed the home's
 * limit does a recorded reason allow it; group sizes and age groups have no exception.
 */
export function checkHomeLimits(rule: PlacementLimitRecord, hardestCases: boolean, children: ChildInHome[], newcomer: ChildInHome,
  siblings: boolean, exceptionReason: string | null): HomeDecision {
  const type = rule.placementType;
  if (rule.ageGroups.length > 0) {
    const group = ageGroupOf(rule.ageGroups, newcomer.age);
    if (!group) {
      return { ok: false, field: 'type', reason: `A ${type} takes children in the age groups ${rule.ageGroups.map(groupName).join(', ')}; `
        + (newcomer.age === null ? "the child's birth date is not recorded" : `the child is ${newcomer.age}`) };
    }
    const inGroup = children.filter((c) => ageGroupOf(rule.ageGroups, c.age) === group).length;
    if (rule.perGroup !== null && inGroup + 1 > rule.perGroup) {
      return { ok: false, field: 'type', reason: `A ${type} takes at most ${rule.perGroup} children of the age group ${groupName(group)}; `
        + `this one has ${inGroup}` };
    }
  }
  const limit = hardestCases && rule.hardestCasesMaxChildren !== null ? rule.hardestCasesMaxChildren : rule.maxChildren;
  if (children.length + 1 <= limit) return { ok: true, exception: null };
  if (rule.siblingsMayExceed && siblings && exceptionReason) return { ok: true, exception: exceptionReason };
  const hint = rule.siblingsMayExceed ? ' unless siblings are placed together (set siblingGroup and give the reason)' : '';
  return { ok: false, field: rule.siblingsMayExceed ? 'capacityExceptionReason' : 'type',
    reason: `A ${type}${hardestCases ? ' for the hardest cases' : ''} takes at most ${limit} children at once${hint}; this one has ${children.length}` };
}
