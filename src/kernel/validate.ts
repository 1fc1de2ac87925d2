import { today } from './dates';
import { badInput } from './errors';

/** Input checks shared by the services: each names the offending field's path. */

export function text(path: string, value: string | null | undefined, { max = 20_000, required = false } = {}): string | null {
  if (value === undefined || value === null || value.trim() === '') {
    if (required) throw badInput(path, 'is required');
    return null;
  }
  if (value.length > max) throw badInput(path, `must be at most ${max} characters`);
  return value.trim();
}

/** A calendar date that is not in the future (visits, assessments, openings). */
export function pastDate(path: string, value: string | undefined | null): string {
  const date = value ?? today();
  if (date > today()) throw badInput(path, 'must not be in the future');
  return date;
}

export function dateOrder(path: string, start: string, end: string | null | undefined): void {
  if (end && end < start) throw badInput(path, 'must not be before the start');
}
