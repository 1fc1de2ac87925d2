import { ENTITIES } from '../../src/app/modules';
import { connectDatabase, runExclusively } from '../../src/kernel/db/data-source';
import { startHub, TestHub } from '../support/hub';

/** A background job runs on one instance at a time, whichever is alive (issue 10). */
describe('job leases', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startHub(); });
  afterAll(async () => { await hub.close(); });

  it('runs a job on one of two instances at a time, and on the other once the first is done', async () => {
    const one = await connectDatabase({ url: hub.appDatabaseUrl, entities: ENTITIES, poolSize: 2 });
    const two = await connectDatabase({ url: hub.appDatabaseUrl, entities: ENTITIES, poolSize: 2 });
    try {
      let running = 0;
      let most = 0;
      const job = async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 200));
        running -= 1;
      };
      const ran = await Promise.all([
        runExclusively(one, 'sweep', job, { holder: 'instance-1' }),
        runExclusively(two, 'sweep', job, { holder: 'instance-2' }),
      ]);
      expect(ran.filter(Boolean)).toHaveLength(1);
      expect(most).toBe(1);
      expect(await runExclusively(two, 'sweep', job, { holder: 'instance-2' })).toBe(true);
    } finally {
      await one.destroy();
      await two.destroy();
    }
  });

  it('does not start a job again in the instance running it (a tick before its last run ended)', async () => {
    let runs = 0;
    let release = () => {};
    // the first run waits to be released; any later one ends at once
    const slow = async () => {
      runs += 1;
      if (runs === 1) await new Promise<void>((resolve) => { release = resolve; });
    };
    const first = runExclusively(hub.db, 'slow', slow, { holder: 'busy' });
    while (runs === 0) await new Promise((r) => setTimeout(r, 10));
    expect(await runExclusively(hub.db, 'slow', slow, { holder: 'busy' })).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(runs).toBe(1);
    // once it ended, the next tick runs it
    expect(await runExclusively(hub.db, 'slow', slow, { holder: 'busy' })).toBe(true);
    expect(runs).toBe(2);
  });

  it('lets another instance take a lease its holder let lapse (it died mid-job)', async () => {
    await hub.db.query(`INSERT INTO job_lease (job, holder, expires_at) VALUES ('refresh', 'dead-instance', now() + interval '1 hour')`);
    expect(await runExclusively(hub.db, 'refresh', async () => {}, { holder: 'alive' })).toBe(false);
    await hub.db.query(`UPDATE job_lease SET expires_at = now() - interval '1 second' WHERE job = 'refresh'`);
    expect(await runExclusively(hub.db, 'refresh', async () => {}, { holder: 'alive' })).toBe(true);
  });
});
