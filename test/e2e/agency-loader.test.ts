import { DataSource } from 'typeorm';
import { ENTITIES } from '../../src/app/modules';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { countQueries, QueryCount } from '../../src/kernel/db/query-counter';
import { Agency, AgencyLoader } from '../../src/reference';
import { startHub, TestHub } from '../support/hub';

/**
 * The request's agency loader against the database: an agency asked for while a statement that carries
 * it is still in flight is answered from that statement's rows, not looked up on its own. A page's
 * statements run on several connections at once, so which answer lands first varies from request to
 * request; before this, a planned contact's agency asked before the involvements arrived cost one
 * more statement on some requests (no-n-plus-one's plan page failed 1 run in 5-8).
 */
describe('agency loader', () => {
  let hub: TestHub;
  /** The database as the hub's serving role, with its entities: what a request's loaders run on. */
  let db: DataSource;
  let riga: Agency;
  let liepaja: Agency;

  beforeAll(async () => {
    hub = await startHub();
    db = await connectDatabase({ url: hub.appDatabaseUrl, poolSize: 2, entities: ENTITIES });
    const loader = new AgencyLoader(db);
    const [{ id: rigaId }] = await hub.db.query("SELECT id FROM agency WHERE code = 'SD-RIGA'");
    const [{ id: liepajaId }] = await hub.db.query("SELECT id FROM agency WHERE code = 'SD-LIEPAJA'");
    [riga, liepaja] = await Promise.all([loader.load(rigaId), loader.load(liepajaId)]) as Agency[];
  });
  afterAll(async () => {
    await db.destroy();
    await hub.close();
  });

  /** A statement that has not answered yet, and how to make it answer. */
  const pending = <T>() => {
    let answer: (rows: T[]) => void = () => {};
    const statement = new Promise<T[]>((resolve) => { answer = resolve; });
    return { statement, answer };
  };
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  /** How many statements `work` ran. */
  const statementsOf = async (work: () => Promise<void>) => {
    const counter: QueryCount = { statements: 0 };
    await countQueries(work, counter);
    return counter.statements;
  };

  it('answers an agency asked for before the rows carrying it arrived from those rows, with no statement', async () => {
    expect(await statementsOf(async () => {
      const loader = new AgencyLoader(db);
      const { statement, answer } = pending<{ caseId: string; agency: Agency | null }>();
      const rows = loader.carrying(statement, 'agency');
      const asked = loader.load(riga.id);
      // the lookup's batch is due now; the carrying statement answers after it
      await tick();
      await tick();
      answer([{ caseId: 'a', agency: riga }, { caseId: 'b', agency: null }]);
      expect(await rows).toEqual([{ caseId: 'a' }, { caseId: 'b' }]);
      expect(await asked).toEqual(riga);
      expect(loader.get(riga.id)).toEqual(riga);
    })).toBe(0);
  });

  it('looks up, in one statement after the carrying one answered, what it did not carry', async () => {
    expect(await statementsOf(async () => {
      const loader = new AgencyLoader(db);
      const { statement, answer } = pending<{ id: string; author: Agency | null }>();
      const rows = loader.carrying(statement, 'author');
      const asked = Promise.all([loader.load(riga.id), loader.load(liepaja.id)]);
      await tick();
      answer([{ id: 'x', author: riga }]);
      await rows;
      expect(await asked).toEqual([riga, liepaja]);
    })).toBe(1);
  });

  it('is not held up by a carrying statement that failed', async () => {
    expect(await statementsOf(async () => {
      const loader = new AgencyLoader(db);
      const failing = loader.carrying<{ id: string }, 'agency'>(Promise.reject(new Error('lost')), 'agency');
      await expect(failing).rejects.toThrow('lost');
      expect(await loader.load(liepaja.id)).toEqual(liepaja);
    })).toBe(1);
  });

  it('forgets what rows carried when it is cleared (a write makes the request read afresh)', async () => {
    expect(await statementsOf(async () => {
      const loader = new AgencyLoader(db);
      await loader.carrying(Promise.resolve([{ id: 'x', agency: { ...riga, name: 'as it was' } }]), 'agency');
      expect(loader.get(riga.id)).toMatchObject({ name: 'as it was' });
      loader.clearAll();
      expect(await loader.load(riga.id)).toEqual(riga);
    })).toBe(1);
  });
});
