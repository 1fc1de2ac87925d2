import { addMonths } from '../kernel/dates';

/**
 * A youth home (jauniešu māja, 004 table 1 and the proposed rules: "15–18 gadu veci jaunieši
 * uzturas «jauniešu mājā»"; support "ne ilgāk kā 24 gadu vecumam") is for young people from their
 * 15th birthday until their 24th. A year of age is complete on the birthday (DOMAIN.md, Dates).
 */
export const YOUTH_HOME_AGES = { from: 15, until: 24 };

/** The day a person born on `birthDate` turns `years` old. */
export function birthday(birthDate: string, years: number): string {
  return addMonths(birthDate, 12 * years);
}

/** Whole years of age on a day. */
export function ageInYears(birthDate: string, on: string): number {
  let years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (birthday(birthDate, years) > on) years -= 1;
  return years;
}

/** The days a youth home may serve the person: from the 15th birthday, until (not on) the 24th. */
export function youthHomeWindow(birthDate: string): { from: string; until: string } {
  return { from: birthday(birthDate, YOUTH_HOME_AGES.from), until: birthday(birthDate, YOUTH_HOME_AGES.until) };
}

const AGES = `young people from their ${YOUTH_HOME_AGES.from}th birthday until their ${YOUTH_HOME_AGES.until}th`;

/** Why a youth home stay from `startsOn` (to `endsOn`, when known) is refused, naming which end; null when it is allowed. */
export function youthHomeStayRefusal(birthDate: string | null, startsOn: string, endsOn: string | null):
  { at: 'start' | 'end'; reason: string } | null {
  if (!birthDate) return { at: 'start', reason: `the client's birth date is not recorded; a youth home is for ${AGES}` };
  const window = youthHomeWindow(birthDate);
  if (startsOn < window.from || startsOn >= window.until) {
    return { at: 'start', reason: `a youth home is for ${AGES}; the client is ${ageInYears(birthDate, startsOn)} on ${startsOn}` };
  }
  if (endsOn && endsOn > window.until) {
    return { at: 'end', reason: `a youth home stay ends by the client's ${YOUTH_HOME_AGES.until}th birthday (${window.until})` };
  }
  return null;
}

/** Why a youth home in a plan running from `validFrom` to `reviewDueOn` is refused (the client is never of age in it); null when allowed. */
export function youthHomeServiceRefusal(birthDate: string | null, validFrom: string, reviewDueOn: string): string | null {
  if (!birthDate) return `the client's birth date is not recorded; a youth home is for ${AGES}`;
  const window = youthHomeWindow(birthDate);
  if (window.from > reviewDueOn || window.until <= validFrom) {
    return `a youth home is for ${AGES} (${window.from} to ${window.until}); this plan runs from ${validFrom} to ${reviewDueOn}`;
  }
  return null;
}
