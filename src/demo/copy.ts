import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value of one column in COPY text format: null and undefined become `\N`. */
export type CopyValue = string | number | boolean | null | undefined;

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const CHUNK_CHARS = 1 << 20;

/** One field in PostgreSQL's COPY text format (tab-separated, backslash escapes, `\N` for NULL). */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : value;
}

const ARRAY_QUOTE = /[{},"\\\s]/;

/** A PostgreSQL text[] literal (`{A,B}`), quoting elements that need it; COPY escaping comes on top. */
export function textArray(items: readonly string[]): string {
  const parts = items.map((item) => (item === '' || ARRAY_QUOTE.test(item) || item.toUpperCase() === 'NULL'
    ? `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`
    : item));
  return `{${parts.join(',')}}`;
}

/** Rows of one table, buffered as COPY text in chunks of about a megabyte. */
export class CopyTable {
  private readonly chunks: string[] = [];
  private buffer = '';
  rows = 0;

  constructor(readonly table: string, readonly columns: readonly string[]) {}

  add(values: readonly CopyValue[]): void {
    if (values.length !== this.columns.length) {
      throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    }
    let line = copyField(values[0]);
    for (let i = 1; i < values.length; i += 1) line += `\t${copyField(values[i])}`;
    this.buffer += `${line}\n`;
    this.rows += 1;
    if (this.buffer.length >= CHUNK_CHARS) {
      this.chunks.push(this.buffer);
      this.buffer = '';
    }
  }

  /** The buffered text, emptied from the table. */
  take(): string[] {
    if (this.buffer) this.chunks.push(this.buffer);
    this.buffer = '';
    return this.chunks.splice(0);
  }
}

/**
 * Streams a table's rows, taken from it before (kept by the caller, so a rolled-back load can send
 * them again), with `COPY … FROM STDIN`; returns the row count PostgreSQL reports.
 */
export async function copyChunks(client: Client, table: CopyTable, chunks: readonly string[]): Promise<number> {
  if (table.rows === 0) return 0;
  const stream = client.query(copyFrom(`COPY ${table.table} (${table.columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks), stream);
  return stream.rowCount;
}
