import { paced } from '../../src/kernel/pacing';

describe('a paced job', () => {
  it('skips ticks for twice as long as its last run took, then runs again', async () => {
    let clock = 0;
    const runs: number[] = [];
    // each run takes 30 "seconds" of the clock
    const job = paced(async () => { runs.push(clock); clock += 30; return runs.length; }, 2, () => clock);
    expect(await job()).toBe(1);
    // it ended at 30 and rests until 90
    for (const at of [50, 89]) {
      clock = at;
      expect(await job()).toBeUndefined();
    }
    clock = 90;
    expect(await job()).toBe(2);
    expect(runs).toEqual([0, 90]);
  });

  it('runs on every tick when its runs are quick', async () => {
    let clock = 0;
    const job = paced(async () => 'ran', 2, () => clock);
    for (const at of [0, 20, 40]) {
      clock = at;
      expect(await job()).toBe('ran');
    }
  });

  it('rests after a failed run as after any other', async () => {
    let clock = 0;
    const job = paced(async () => { clock += 10; throw new Error('database gone'); }, 2, () => clock);
    await expect(job()).rejects.toThrow('database gone');
    clock = 20;
    expect(await job()).toBeUndefined();
    clock = 30;
    await expect(job()).rejects.toThrow('database gone');
  });
});
