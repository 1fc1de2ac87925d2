import { types } from 'pg';
import { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';

// Calendar dates stay `YYYY-MM-DD` strings (no time-zone shifts); the API's LocalDate is a string.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** pg's own parser of `timestamptz` text (postgres-date): every form PostgreSQL writes, BC and infinity included. */
const fullTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (value: string) => Date | number;
const ISO_OUTPUT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)([+-]\d{2})(?::(\d{2}))?$/;

/**
 * A `timestamptz` as PostgreSQL writes it with DateStyle ISO (`2026-11-30 18:22:23.027431+02`), read
 * by V8's own ISO parser; any other form (an offset with seconds, BC, infinity) by pg's. Every row
 * of a list page carries a few: pg's regex parser was 2.6% of the hub's CPU under scenario B.
 */
export function parseTimestamptz(value: string): Date | number {
  const iso = ISO_OUTPUT.exec(value);
  return iso ? new Date(`${iso[1]}T${iso[2]}${iso[3]}:${iso[4] ?? '00'}`) : fullTimestamptz(value);
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
