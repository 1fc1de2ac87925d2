import data from './data/care-levels.json';

/** Where an adult lives, as the DI plan's cost scenarios tell them apart (004 L, table 3). */
export type LivingArrangement = 'FAMILY' | 'GROUP_APARTMENT';
const ARRANGEMENTS: readonly LivingArrangement[] = ['FAMILY', 'GROUP_APARTMENT'];

export interface ScenarioService {
  serviceType: string;
  unit: string;
  /** per month */
  volume: number;
}

/** One monthly cost scenario: a care level, where the client lives, and the services basket it is priced from. */
export interface CareScenario {
  id: string;
  careLevel: number;
  livesIn: LivingArrangement;
  /** the DI plan's total for a month, before the employer's social tax */
  monthlyCostEur: number;
  /** whether the employer's social tax is added to the total (the DI plan adds it to some hourly rates only) */
  socialTax: boolean;
  services: ScenarioService[];
}

export interface CareLevels {
  /** raised with every change of the scenarios or the tax: a report names the version it was computed with */
  version: number;
  validFrom: string;
  source: string;
  employerSocialTax: { rate: number; source: string; appliesTo: string };
  livingArrangements: Record<LivingArrangement, { description: string; placementTypes: string[] }>;
  /** clients whose current placement is of these types are not costed (why: `why`) */
  notCosted: { placementTypes: string[]; why: string };
  scenarios: CareScenario[];
}

/**
 * The file, checked once at start-up: a scenario list the figures cannot use (an unknown living
 * arrangement, a level without a family scenario to fall back on, a repeated id) stops the hub
 * instead of costing clients wrongly.
 */
function checked(raw: typeof data): CareLevels {
  // ids and placement types are written into report SQL: identifiers only
  const identifier = /^[A-Z][A-Z0-9_]{0,60}$/;
  const types = [...raw.notCosted.placementTypes, ...Object.values(raw.livingArrangements).flatMap((a) => a.placementTypes)];
  if (!types.every((t) => identifier.test(t))) throw new Error('care-levels.json: a placement type is not an identifier');
  const scenarios: CareScenario[] = raw.scenarios.map((s) => {
    if (!identifier.test(s.id)) throw new Error(`care-levels.json: ${s.id} is not an identifier`);
    if (!ARRANGEMENTS.includes(s.livesIn as LivingArrangement)) throw new Error(`care-levels.json: ${s.id} lives in an unknown place`);
    if (!Number.isInteger(s.careLevel) || s.careLevel < 1 || s.careLevel > 4) throw new Error(`care-levels.json: ${s.id} has no care level 1-4`);
    if (!(s.monthlyCostEur > 0)) throw new Error(`care-levels.json: ${s.id} has no monthly cost`);
    return { ...s, livesIn: s.livesIn as LivingArrangement };
  });
  if (new Set(scenarios.map((s) => s.id)).size !== scenarios.length) throw new Error('care-levels.json: a scenario id is repeated');
  for (const level of [1, 2, 3, 4]) {
    if (!scenarios.some((s) => s.careLevel === level && s.livesIn === 'FAMILY')) {
      throw new Error(`care-levels.json: care level ${level} has no family scenario`);
    }
  }
  const rate = raw.employerSocialTax.rate;
  if (!(rate >= 0 && rate < 1)) throw new Error('care-levels.json: the social tax rate is not a fraction');
  return { ...raw, scenarios };
}

export const CARE_LEVELS: CareLevels = checked(data);

/** What a client of the scenario costs a month (EUR, to the cent), the social tax added where the scenario says so. */
export function scenarioMonthlyEur(scenario: CareScenario, levels: CareLevels = CARE_LEVELS): number {
  const factor = scenario.socialTax ? 1 + levels.employerSocialTax.rate : 1;
  return Math.round(scenario.monthlyCostEur * factor * 100) / 100;
}

/**
 * The scenario that costs a client of a care level living so: the level's own for that living
 * arrangement, else the level's family scenario (the DI plan prices level I in a family only: one
 * amount for the level, wherever the client lives).
 */
export function scenarioFor(careLevel: number, livesIn: LivingArrangement, levels: CareLevels = CARE_LEVELS): CareScenario {
  const own = levels.scenarios.find((s) => s.careLevel === careLevel && s.livesIn === livesIn);
  return own ?? (levels.scenarios.find((s) => s.careLevel === careLevel && s.livesIn === 'FAMILY') as CareScenario);
}
