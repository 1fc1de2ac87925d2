import { CARER_STEP_BY } from '../../src/access/policy';
import { CARER_NEXT } from '../../src/carers';
import { CarerRelation, CarerStatus } from '../../src/kernel/carers';

/** The support centre's process as a table (src/carers/lifecycle.ts) and who takes each step (the policy's CARER_STEP_BY). */
describe('the carer lifecycle table', () => {
  const reachable = (from: CarerStatus): Set<CarerStatus> => {
    const seen = new Set<CarerStatus>([from]);
    const queue = [from];
    while (queue.length > 0) for (const next of CARER_NEXT[queue.shift() as CarerStatus]) if (!seen.has(next)) { seen.add(next); queue.push(next); }
    return seen;
  };

  it('reaches every status from an inquiry', () => {
    expect([...reachable(CarerStatus.INQUIRY)].sort()).toEqual(Object.values(CarerStatus).sort());
  });

  it('lets every status but an exit end in one, and an exit go nowhere', () => {
    for (const status of Object.values(CarerStatus)) {
      expect([status, CARER_NEXT[status].includes(CarerStatus.EXITED)]).toEqual([status, status !== CarerStatus.EXITED]);
    }
    expect(CARER_NEXT[CarerStatus.EXITED]).toEqual([]);
  });

  it('reaches ACTIVE only through the orphan court\'s suitability decision', () => {
    const before = Object.values(CarerStatus).filter((s) => CARER_NEXT[s].includes(CarerStatus.ACTIVE));
    expect(before.sort()).toEqual([CarerStatus.PAUSED, CarerStatus.SUITABILITY_DECIDED].sort());
    expect(CARER_STEP_BY[CarerStatus.SUITABILITY_DECIDED]).toEqual([CarerRelation.CARER_COURT]);
  });

  it('names who takes every step: the support centre, but the court decides suitability', () => {
    for (const status of Object.values(CarerStatus)) {
      expect([status, CARER_STEP_BY[status]]).toEqual([status,
        status === CarerStatus.SUITABILITY_DECIDED ? [CarerRelation.CARER_COURT] : [CarerRelation.SUPPORTING_CENTRE]]);
    }
  });
});
