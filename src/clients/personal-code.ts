import { today } from '../kernel/dates';
/**
 * Latvian personal code (personas kods): the old form `DDMMYY-CNNNK` carries the birth date, a
 * century digit and a check digit; the new form `32NNNN-NNNNN` (since July 2017) carries neither.
 * Accepted with or without the hyphen; stored in one canonical form, with the hyphen.
 * Never log one: it is the most sensitive identifier the hub holds.
 */
export type PersonalCodeCheck =
  | { valid: true; canonical: string; birthDate: string | null }
  | { valid: false; reason: string };

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CENTURIES: Record<string, number> = { '0': 1800, '1': 1900, '2': 2000 };

/** The check digit of an old-form code's first ten digits, or null when none exists (result 10). */
export function checkDigit(firstTen: string): number | null {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(firstTen[i]), 0);
  const k = (1101 - sum) % 11;
  return k === 10 ? null : k;
}

export function checkPersonalCode(input: string): PersonalCodeCheck {
  const digits = input.trim().replace(/^(\d{6})-?(\d{5})$/, '$1$2');
  if (!/^\d{11}$/.test(digits)) return { valid: false, reason: 'must be 11 digits, as DDMMYY-CNNNK or 32NNNN-NNNNN' };
  const canonical = `${digits.slice(0, 6)}-${digits.slice(6)}`;
  if (digits.startsWith('32')) return { valid: true, canonical, birthDate: null };

  const century = CENTURIES[digits[6]];
  if (century === undefined) return { valid: false, reason: 'has an unknown century digit' };
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = century + Number(digits.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { valid: false, reason: 'does not start with a valid birth date' };
  }
  if (date.toISOString().slice(0, 10) > today()) return { valid: false, reason: 'has a birth date in the future' };
  if (checkDigit(digits.slice(0, 10)) !== Number(digits[10])) {
    return { valid: false, reason: 'has a wrong check digit' };
  }
  return { valid: true, canonical, birthDate: date.toISOString().slice(0, 10) };
}
