import { types } from 'pg';
import { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';

// Calendar dates stay `YYYY-MM-DD` strings (no time-zone shifts); the API's LocalDate is a string.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** pg's own parser of `timestamptz` text (postgres-date): every form PostgreSQL writes, BC and infinity included. */
const fullTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (value: string) => Date | number;

/** The number written by the decimal digits of `value` from `from` to `to`, or NaN if one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A `timestamptz` as PostgreSQL writes it with DateStyle ISO (`2026-11-30 18:22:23.027431+02`, an
 * offset in hours or hours and minutes, years 1000 to 9999), read from its digits; any other form (an
 * offset with seconds, BC, infinity, an earlier year) by pg's own parser. Every row of a list page
 * carries a few: pg's regex parser was 2.6% of the hub's CPU under scenario B, V8's date parser 2%.
 */
export function parseTimestamptz(value: string): Date | number {
  const n = value.length;
  if (n >= 22 && value[4] === '-' && value[7] === '-' && value[10] === ' ' && value[13] === ':' && value[16] === ':' && value[0] !== '0') {
    let at = 19;
    let ms = 0;
    if (value[at] === '.') {
      let end = at + 1;
      while (end < n && value.charCodeAt(end) >= 48 && value.charCodeAt(end) <= 57) end += 1;
      // milliseconds, the rest of the fraction dropped (as Date keeps no more)
      const kept = value.slice(at + 1, Math.min(end, at + 4)).padEnd(3, '0');
      ms = digits(kept, 0, 3);
      at = end;
    }
    const sign = value[at] === '+' ? 1 : value[at] === '-' ? -1 : 0;
    const rest = n - at;
    if (sign !== 0 && (rest === 3 || (rest === 6 && value[at + 3] === ':'))) {
      const offsetMinutes = digits(value, at + 1, at + 3) * 60 + (rest === 6 ? digits(value, at + 4, at + 6) : 0);
      const time = Date.UTC(digits(value, 0, 4), digits(value, 5, 7) - 1, digits(value, 8, 10), digits(value, 11, 13),
        digits(value, 14, 16), digits(value, 17, 19), ms) - sign * offsetMinutes * 60_000;
      if (!Number.isNaN(time)) return new Date(time);
    }
  }
  return fullTimestamptz(value);
}
types.setTypeParser(types.builtins.TIMESTAMPTZ, parseTimestamptz);

/** Something that runs SQL: the data source or a transaction's entity manager. */
export type Sql = Pick<DataSource | EntityManager, 'query'>;

const columnLists = new Map<string, string>();

/**
 * `alias.column AS "property"` for every column of an entity, so raw SQL returns rows shaped like
 * the entity (read from TypeORM's metadata: one mapping, no hand-kept copies).
 */
export function columnsOf<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, alias: string): string {
  const metadata = ds.getMetadata(entity);
  const key = `${metadata.tableName}:${alias}`;
  let list = columnLists.get(key);
  if (!list) {
    list = metadata.columns.map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`).join(', ');
    columnLists.set(key, list);
  }
  return list;
}

/** `UPDATE … RETURNING` rows: TypeORM answers UPDATE and DELETE with `[rows, affectedCount]`. */
export async function updateReturning<T>(sql: Sql, query: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await sql.query(query, params)) as [T[], number];
  return rows;
}

/** A row fetched as JSON (`jsonOf`) shaped as the entity's own rows are: timestamps back to Dates. */
export function rowFromJson<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, json: Record<string, unknown>): T {
  for (const column of ds.getMetadata(entity).columns) {
    const value = json[column.propertyName];
    if (typeof value === 'string' && (column.type === 'timestamptz' || column.type === 'timestamp with time zone')) {
      json[column.propertyName] = new Date(value);
    }
  }
  return json as T;
}

/** `json_build_object(...)` of an entity's columns keyed by property, to fetch a related row in the same statement. */
export function jsonOf<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, alias: string): string {
  const metadata = ds.getMetadata(entity);
  return `json_build_object(${metadata.columns.map((c) => `'${c.propertyName}', ${alias}.${c.databaseName}`).join(', ')})`;
}

/**
 * `jsonOf` in one row of each `key` and NULL in the others, for a few reference rows joined to many:
 * the ~175 involvements of a 50-case page name ~5 agencies, and each agency's JSON was a third of the
 * statement's bytes (reading rows is the hub's largest CPU cost after garbage collection). The window
 * runs before DISTINCT ON and LIMIT, so a statement with either takes this in an outer query.
 */
export function jsonOncePer<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, alias: string, key: string): string {
  return `CASE WHEN row_number() OVER (PARTITION BY ${key}) = 1 THEN ${jsonOf(ds, entity, alias)} END`;
}
