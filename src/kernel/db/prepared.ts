import { createHash } from 'node:crypto';
import { Client, QueryConfig } from 'pg';

/**
 * A statement that reads or writes rows by their ids, as a DataLoader batch does (`= ANY($2::uuid[])`,
 * `unnest($2::uuid[], …)`): its plan is the same whatever ids it is given. A report's area codes
 * (`ANY($3::text[])`) are not keys: a generic plan for them took F's PostgreSQL CPU from 103 to 208 ms.
 */
const KEYED = /(?:ANY|unnest)\(\$\d+::uuid\[\]/;

/**
 * Leads a statement whose plan is the same whatever its values (`generic(sql)`): prepared like a keyed one.
 * A comment, so PostgreSQL ignores it and the text stays one statement.
 */
const GENERIC = '/* generic plan */ ';

/**
 * Marks a statement to be prepared once per connection and planned once: for a statement written so
 * that one plan serves every value it is given (an ordered index scan whose selectivity the planner
 * cannot misjudge), the planning a request would repeat is saved.
 */
export function generic(sql: string): string {
  return `${GENERIC}${sql}`;
}

/** Prepared statements kept per connection at most; past it, statements are sent unnamed. */
const PER_CONNECTION = 500;

/**
 * A pg client that prepares keyed statements once per connection (a named statement, its name the
 * digest of its text) instead of sending, parsing and planning them again on every request: under
 * the bench's scenario B this took PostgreSQL's CPU per request from 17 to 14 ms. Statements whose
 * best plan depends on their values (an agency's list, a report) stay unnamed, so each is planned
 * for the values it has, unless written for one plan and marked so (`generic`).
 */
export class PreparingClient extends Client {
  private readonly named = new Map<string, string>();

  // pg's overloads: a statement's text and its values are all this looks at; anything else passes through
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && (text.startsWith(GENERIC) || KEYED.test(text))) {
      const name = this.nameOf(text);
      if (name) {
        const config: QueryConfig = { name, text, values };
        return (super.query as (...a: unknown[]) => never)(config, ...args.slice(2));
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }

  private nameOf(text: string): string | null {
    const known = this.named.get(text);
    if (known) return known;
    if (this.named.size >= PER_CONNECTION) return null;
    const name = `k${createHash('sha1').update(text).digest('base64url')}`;
    this.named.set(text, name);
    return name;
  }
}
