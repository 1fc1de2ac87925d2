import { fakerLV } from '@faker-js/faker';
import { checkDigit } from '../clients';
import { dayParts } from './dates';
import { Rng } from './random';

const location = fakerLV.definitions.location;
const STREETS: readonly string[] = location?.street_name ?? ['Brīvības'];
const STREET_KINDS = ['iela', 'iela', 'iela', 'iela', 'iela', 'iela', 'gatve', 'bulvāris', 'prospekts'];

/** Share of personal codes issued in the new form (32NNNN-NNNNN, no birth date). */
const NEW_FORM_SHARE = 0.25;

/**
 * A personal code that is not in `taken` (which it is then added to), in canonical hyphenated form:
 * mostly the old form with the birth date, century digit and a valid check digit, else the new form.
 */
export function personalCode(rng: Rng, birthDay: number, taken: Set<string>): string {
  if (!rng.chance(NEW_FORM_SHARE)) {
    const { dd, mm, yy, year } = dayParts(birthDay);
    const century = year < 1900 ? '0' : year < 2000 ? '1' : '2';
    // 1000 serial numbers a day, about one in eleven without a check digit
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const firstTen = `${dd}${mm}${yy}${century}${rng.digits(3)}`;
      const k = checkDigit(firstTen);
      if (k === null) continue;
      const code = `${firstTen.slice(0, 6)}-${firstTen.slice(6)}${k}`;
      if (!taken.has(code)) {
        taken.add(code);
        return code;
      }
    }
  }
  for (;;) {
    const code = `32${rng.digits(4)}-${rng.digits(5)}`;
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** A street address in the municipality (street names from the Latvian faker locale). */
export function address(rng: Rng, municipalityName: string): string {
  const street = `${rng.pick(STREETS)} ${rng.pick(STREET_KINDS)} ${rng.int(1, 140)}`;
  const flat = rng.chance(0.6) ? `-${rng.int(1, 96)}` : '';
  return `${street}${flat}, ${municipalityName}, LV-${rng.int(1001, 5799)}`;
}

/** A Latvian mobile number. */
export function mobilePhone(rng: Rng): string {
  return `+371 2${rng.digits(7)}`;
}
