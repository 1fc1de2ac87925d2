import { badInput } from './errors';

/** Opaque keyset cursors: base64url of the sort key values of the last row. */
export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What one position of a cursor holds; each is checked before it reaches SQL. */
export type CursorPart = 'timestamp' | 'date' | 'uuid' | 'integer' | 'text';

const PART: Record<CursorPart, RegExp> = {
  // as PostgreSQL prints a timestamptz (`::text`)
  timestamp: /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  integer: /^\d{1,18}$/,
  text: /^[\w:.-]{1,200}$/,
};

function fits(part: CursorPart, value: unknown): value is string {
  if (typeof value !== 'string' || !PART[part].test(value)) return false;
  if (part === 'date' || part === 'timestamp') {
    const day = value.slice(0, 10);
    return value.slice(0, 4) >= '1800' && !Number.isNaN(Date.parse(`${day}T00:00:00Z`))
      && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
  }
  return true;
}

/** The values of a cursor this API issued, one per part; anything else is BAD_USER_INPUT on `field`. */
export function decodeCursor(cursor: string, parts: readonly CursorPart[], field = 'after'): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === parts.length && values.every((v, i) => fits(parts[i], v))) {
      return values as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, 'is not a cursor this API issued');
}

export const MAX_PAGE = 100;

export function pageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput(field, `must be from 0 to ${MAX_PAGE}`);
  return first;
}
