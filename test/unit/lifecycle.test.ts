import { CaseStatus } from '../../src/cases/case.entity';
import { closedOnAfter, mayTransition } from '../../src/cases/lifecycle';

/** Every (from, to) pair, written out: `x` marks an allowed transition. */
const TABLE = `
from \\ to               INTAKE ASSESSMENT PLANNING IMPLEMENTATION EVALUATION POST_CLOSURE_MONITORING CLOSED
INTAKE                  .      x          .        .              .          .                       x
ASSESSMENT              .      .          x        .              .          .                       x
PLANNING                .      x          .        x              .          .                       .
IMPLEMENTATION          .      .          .        .              x          .                       .
EVALUATION              .      .          x        x              .          x                       x
POST_CLOSURE_MONITORING .      .          .        x              .          .                       x
CLOSED                  x      .          .        .              .          .                       .`;

const [header, ...rows] = TABLE.trim().split('\n');
const targets = header.split(/\s+/).slice(3) as CaseStatus[];
const cases = rows.flatMap((row) => {
  const [from, ...marks] = row.split(/\s+/);
  return marks.map((mark, i) => [from as CaseStatus, targets[i], mark === 'x'] as const);
});

describe('case lifecycle transitions', () => {
  it('covers every pair of states', () => {
    expect(cases).toHaveLength(Object.values(CaseStatus).length ** 2);
  });

  it.each(cases)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(mayTransition(from, to)).toBe(allowed);
  });

  it('sets the closing date on closure and monitoring, keeps it, and clears it on reopening', () => {
    expect(closedOnAfter(CaseStatus.POST_CLOSURE_MONITORING, null, '2026-11-01')).toBe('2026-11-01');
    expect(closedOnAfter(CaseStatus.CLOSED, '2026-11-01', '2027-02-01')).toBe('2026-11-01');
    expect(closedOnAfter(CaseStatus.INTAKE, '2026-11-01', '2027-02-01')).toBeNull();
  });
});
