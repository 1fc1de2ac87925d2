import { CaseStatus } from './case.entity';

const {
  INTAKE, ASSESSMENT, PLANNING, IMPLEMENTATION, EVALUATION, POST_CLOSURE_MONITORING, CLOSED,
} = CaseStatus;

/**
 * The case lifecycle (DOMAIN.md): intake → assessment → planning → implementation → evaluation,
 * then back to implementation or planning (plan changed), or closed with monitoring after closure,
 * or closed; a closed case may be reopened.
 */
export const NEXT_STATES: Record<CaseStatus, readonly CaseStatus[]> = {
  [INTAKE]: [ASSESSMENT, CLOSED],
  [ASSESSMENT]: [PLANNING, CLOSED],
  [PLANNING]: [IMPLEMENTATION, ASSESSMENT],
  [IMPLEMENTATION]: [EVALUATION],
  [EVALUATION]: [IMPLEMENTATION, PLANNING, POST_CLOSURE_MONITORING, CLOSED],
  [POST_CLOSURE_MONITORING]: [CLOSED, IMPLEMENTATION],
  [CLOSED]: [INTAKE],
};

export function mayTransition(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT_STATES[from].includes(to);
}

/** Closing dates: set when intervention ends (monitoring or closed), cleared when a case reopens. */
export function closedOnAfter(to: CaseStatus, current: string | null, today: string): string | null {
  if (to === CLOSED || to === POST_CLOSURE_MONITORING) return current ?? today;
  return null;
}

/**
 * Whether a move closes the intervention (to CLOSED, or to monitoring after closure, from a case
 * not closed yet): what a municipality's closure approval is about. Ending the monitoring of a case
 * already closed is not another closure.
 */
export function closes(to: CaseStatus, closedOn: string | null): boolean {
  return (to === CLOSED || to === POST_CLOSURE_MONITORING) && closedOn === null;
}
