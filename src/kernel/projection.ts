/**
 * Compiled reads (access/compiled-read.ts): how a feature's GraphQL fields are read in SQL, so the
 * objects of a list page are built as JSON by one statement instead of field by field in Node. A
 * feature names the fields it can project; a query that selects any other field is executed field by
 * field as before. Each projected field answers exactly what its resolver answers (the differential
 * test, test/e2e/compiled-reads.test.ts, holds them equal for every agency kind).
 */

/** What a projection may ask of the statement it is part of. */
export interface SqlScope {
  /** SQL: whether the caller may read, in this object's case, the category named by `categorySql` (a text expression). */
  reads(categorySql: string): string;
  /** A table alias no other part of the statement uses. */
  alias(): string;
  /** A value as a statement parameter (`$n`). */
  bind(value: unknown): string;
}

/**
 * A leaf: its JSON value exactly as the GraphQL answer carries it, from the row alias `row` (the
 * statement's JSON goes into the answer as it is). A non-null field's value is a NOT NULL column.
 */
export interface LeafSql {
  leaf: (row: string) => string;
}

/**
 * An object, or a list of objects, of `type`: SQL giving its JSON (null, or `[]` for an empty list),
 * where `object(alias)` is the JSON of one object of `type` from its row alias. Null when the given
 * arguments are not projected (the query is then executed field by field).
 */
export interface RelationSql {
  type: string;
  sql: (row: string, object: (alias: string) => string, args: Record<string, unknown>, scope: SqlScope) => string | null;
}

export type FieldSql = LeafSql | RelationSql;

/** The projected fields of one GraphQL object type. */
export interface TypeSql {
  fields: Record<string, FieldSql>;
  /** For objects a query may start from by id (a list page's cases): the table and its id column. */
  table?: string;
  /** For a type whose rows carry their own category (policy ROW_CATEGORY): that category, in SQL. */
  rowCategory?: (row: string) => string;
}

export type Projections = Record<string, TypeSql>;

/** A column as it is. */
export const column = (name: string): LeafSql => ({ leaf: (row) => `${row}.${name}` });

/** A timestamptz as graphql-scalars' DateTimeISO writes a JavaScript Date: UTC, milliseconds, `Z`. */
export const instant = (name: string): LeafSql => ({
  leaf: (row) => `to_char(${row}.${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
});

/** How a relation finds its rows: `table`'s rows whose `key` is the parent row's `parentColumn`, in `orderBy` order, `where` too. */
interface RowsOf {
  type: string;
  table: string;
  key: string;
  parentColumn?: string;
  orderBy?: (alias: string) => string;
  where?: (alias: string) => string;
}

function rowsWhere({ table, key, parentColumn = 'id', orderBy, where }: RowsOf, row: string, alias: string, ordered: boolean): string {
  return `FROM ${table} ${alias} WHERE ${alias}.${key} = ${row}.${parentColumn}${where ? ` AND ${where(alias)}` : ''}`
    + (ordered && orderBy ? ` ORDER BY ${orderBy(alias)}` : '');
}

/** A list relation: its rows as a JSON list (`[]` for none), as the loaders give it. */
export function listOf(rows: RowsOf): RelationSql {
  return {
    type: rows.type,
    sql: (row, object, _args, scope) => {
      const x = scope.alias();
      const order = rows.orderBy ? ` ORDER BY ${rows.orderBy(x)}` : '';
      return `COALESCE((SELECT json_agg(${object(x)}${order}) ${rowsWhere(rows, row, x, false)}), '[]')`;
    },
  };
}

/** A one-object relation: its first row in `orderBy` order, or null. */
export function firstOf(rows: RowsOf): RelationSql {
  return {
    type: rows.type,
    sql: (row, object, _args, scope) => {
      const x = scope.alias();
      return `(SELECT ${object(x)} ${rowsWhere(rows, row, x, true)} LIMIT 1)`;
    },
  };
}
