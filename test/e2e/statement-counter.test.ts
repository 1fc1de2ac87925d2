import { loadConfig } from '../../src/kernel/config';
import { startHub, TestHub } from '../support/hub';

/** The SQL statement counter is opt-in: tests and benchmarks count, a production hub does not. */
describe('counting SQL statements per request', () => {
  async function ask(hub: TestHub): Promise<Response> {
    return fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token('SD-RIGA')}` },
      body: JSON.stringify({ query: '{ me { userId agency { code } } }' }),
    });
  }

  it('answers the count in x-sql-statements when counting, the same the test hub records', async () => {
    const hub = await startHub();
    try {
      const res = await ask(hub);
      expect(res.status).toBe(200);
      const header = res.headers.get('x-sql-statements');
      expect(Number(header)).toBeGreaterThanOrEqual(1);
      expect(hub.requests.at(-1)?.statements).toBe(Number(header));
    } finally {
      await hub.close();
    }
  });

  it('counts nothing and sends no header when switched off', async () => {
    const hub = await startHub({ app: { countSqlStatements: false } });
    try {
      const res = await ask(hub);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-sql-statements')).toBeNull();
      expect(hub.requests.at(-1)?.statements).toBe(0);
    } finally {
      await hub.close();
    }
  });

  it('is off unless COUNT_SQL_STATEMENTS says true', () => {
    expect(loadConfig({}).countSqlStatements).toBe(false);
    expect(loadConfig({ COUNT_SQL_STATEMENTS: 'true' }).countSqlStatements).toBe(true);
    expect(loadConfig({ COUNT_SQL_STATEMENTS: 'false' }).countSqlStatements).toBe(false);
    expect(() => loadConfig({ COUNT_SQL_STATEMENTS: 'yes' })).toThrow(/COUNT_SQL_STATEMENTS/);
  });
});
