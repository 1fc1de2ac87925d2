import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts SQL statements per unit of work (an HTTP request, a test block) through async context,
 * so the N+1 bound can be asserted and a request can report how many statements it ran. Opt-in
 * (tests, benchmarks: COUNT_SQL_STATEMENTS): the async context exists only once something counts,
 * so a hub that never calls countQueries pays no async-context hooks on its promises.
 */
export interface QueryCount {
  statements: number;
}

let storage: AsyncLocalStorage<QueryCount> | undefined;

export function countQueries<T>(fn: () => T, counter: QueryCount = { statements: 0 }): T {
  storage ??= new AsyncLocalStorage<QueryCount>();
  return storage.run(counter, fn);
}

/** TypeORM logger that counts statements and reports failures without their SQL or parameters. */
export class CountingLogger implements TypeOrmLogger {
  constructor(private readonly onError: (error: unknown) => void) {}

  logQuery(): void {
    const store = storage?.getStore();
    if (store) store.statements += 1;
  }

  logQueryError(error: string | Error): void {
    // the SQL text may carry literals and the message quotes values: the receiver logs neither
    this.onError(error);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
