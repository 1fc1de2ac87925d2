import { CarerStatus } from '../kernel/carers';

const {
  INQUIRY, INFORMATION_AND_PREPARATION, FIRST_HOME_VISIT, INITIAL_TRAINING, MUTUAL_ASSESSMENT, PSYCHOLOGIST_OPINION,
  SUITABILITY_DECIDED, ACTIVE, PAUSED, EXITED,
} = CarerStatus;

/**
 * The support centre's process with a carer (DOMAIN.md, the 14 steps; seed 000), as a table: from
 * each status, where a carer may go. Any step before the court's decision may end in an exit (the
 * family withdraws, or the centre finds it unsuitable); an exit is final (a family that comes back
 * is a new inquiry). Who performs each step is the policy's (CARER_STEP_BY in src/access/policy.ts).
 */
export const CARER_NEXT: Record<CarerStatus, readonly CarerStatus[]> = {
  [INQUIRY]: [INFORMATION_AND_PREPARATION, EXITED],
  [INFORMATION_AND_PREPARATION]: [FIRST_HOME_VISIT, EXITED],
  [FIRST_HOME_VISIT]: [INITIAL_TRAINING, EXITED],
  [INITIAL_TRAINING]: [MUTUAL_ASSESSMENT, EXITED],
  [MUTUAL_ASSESSMENT]: [PSYCHOLOGIST_OPINION, EXITED],
  [PSYCHOLOGIST_OPINION]: [SUITABILITY_DECIDED, EXITED],
  [SUITABILITY_DECIDED]: [ACTIVE, EXITED],
  [ACTIVE]: [PAUSED, EXITED],
  [PAUSED]: [ACTIVE, EXITED],
  [EXITED]: [],
};

/** What must be on record before a carer enters a status (checked in the transition's transaction). */
export type CarerRequirement = 'INITIAL_TRAINING_HOURS' | 'COMPETENCE_ASSESSMENT' | 'RECOGNISED_FORM';

export const CARER_REQUIRES: Partial<Record<CarerStatus, { requirement: CarerRequirement; missing: string }>> = {
  // the initial competence-based training (8A) is done before the mutual assessment (8B)
  [MUTUAL_ASSESSMENT]: { requirement: 'INITIAL_TRAINING_HOURS', missing: 'no initial training hours are recorded (recordCarerTraining, INITIAL)' },
  // the mutual assessment is a competence assessment over the five categories
  [PSYCHOLOGIST_OPINION]: { requirement: 'COMPETENCE_ASSESSMENT', missing: 'no competence assessment is recorded (assessCarerCompetences)' },
  // a foster family takes children only in a form the orphan court recognised
  [ACTIVE]: { requirement: 'RECOGNISED_FORM', missing: 'a foster family needs a form the orphan court recognised (recognizeCarerForm)' },
};

export function mayMoveCarer(from: CarerStatus, to: CarerStatus): boolean {
  return CARER_NEXT[from].includes(to);
}
