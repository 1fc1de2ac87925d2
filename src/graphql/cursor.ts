import { badInput } from './errors';

/** Opaque keyset cursors: base64url of the sort key values of the last row. */
export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string')) {
      return values as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, 'is not a cursor this API issued');
}

const MAX_PAGE = 100;

export function pageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput(field, `must be from 0 to ${MAX_PAGE}`);
  return first;
}
