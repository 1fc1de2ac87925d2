import { DataSource } from 'typeorm';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { generic } from '../../src/kernel/db/prepared';
import { openCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';

/**
 * Keyed statements (a DataLoader batch's `= ANY($n)`, `unnest($n, …)`) are prepared once per
 * connection; a statement whose plan depends on its values is planned each time (issue 9).
 */
describe('prepared keyed statements', () => {
  let hub: TestHub;
  let db: DataSource;
  beforeAll(async () => {
    hub = await startHub();
    // one connection: what it prepared is what pg_prepared_statements shows
    db = await connectDatabase({ url: hub.appDatabaseUrl, poolSize: 1 });
  });
  afterAll(async () => {
    await db.destroy();
    await hub.close();
  });

  const prepared = async (): Promise<string[]> =>
    (await db.query(`SELECT statement FROM pg_prepared_statements WHERE NOT from_sql ORDER BY prepare_time`) as { statement: string }[])
      .map((r) => r.statement);

  it('prepares a keyed statement once and answers it as before, for other keys too', async () => {
    const [a, b] = [await openCase(hub), await openCase(hub)];
    const keyed = 'SELECT id, status FROM care_case WHERE id = ANY($1::uuid[]) ORDER BY id';
    expect(await db.query(keyed, [[a.id]])).toEqual([{ id: a.id, status: 'INTAKE' }]);
    expect(await db.query(keyed, [[a.id, b.id]])).toEqual([a.id, b.id].sort().map((id) => ({ id, status: 'INTAKE' })));
    expect((await prepared()).filter((s) => s === keyed)).toHaveLength(1);
  });

  it('leaves a statement planned for its values unprepared, a report\'s areas among them', async () => {
    const valued = 'SELECT count(*)::int AS n FROM care_case WHERE responsible_municipality_code = $1';
    const areas = 'SELECT count(*)::int AS n FROM care_case WHERE responsible_municipality_code = ANY($1::text[])';
    expect(await db.query(valued, ['RIGA'])).toEqual([{ n: expect.any(Number) }]);
    expect(await db.query(areas, [['RIGA']])).toEqual([{ n: expect.any(Number) }]);
    expect(await prepared()).not.toContain(valued);
    expect(await prepared()).not.toContain(areas);
  });

  it('prepares a statement marked as written for one plan (dueItems), once, for every value', async () => {
    const marked = generic('SELECT count(*)::int AS n FROM care_case WHERE responsible_municipality_code = $1');
    expect(await db.query(marked, ['RIGA'])).toEqual([{ n: expect.any(Number) }]);
    expect(await db.query(marked, ['LIEPAJA'])).toEqual([{ n: expect.any(Number) }]);
    expect((await prepared()).filter((s) => s === marked)).toHaveLength(1);
  });
});
