import { types } from 'pg';
import { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';

// Calendar dates stay `YYYY-MM-DD` strings (no time-zone shifts); the API's LocalDate is a string.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

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
