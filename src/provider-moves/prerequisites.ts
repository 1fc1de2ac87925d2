import { CaseStatus } from '../cases';

/** What a move between providers needs to have been prepared (004 J–K), as read under the case's lock. */
export interface MoveReadiness {
  status: CaseStatus;
  /** the case's ACTIVE support plan, if any */
  planId: string | null;
  /** of that plan: tasks marked as the transition's, the transition team, the preparation visits */
  transitionTasks: number;
  team: number;
  visits: number;
}

/**
 * Why a move cannot be recorded yet; null when it can. A client moves under the support plan being
 * carried out (IMPLEMENTATION, after assessment and planning), with an individual transition plan in
 * that ACTIVE plan: the tasks of the move, the transition team and the preparation visits.
 */
export function moveRefusal(state: MoveReadiness): string | null {
  if (state.status !== CaseStatus.IMPLEMENTATION) {
    return `A move between providers is recorded while the case is in IMPLEMENTATION (its support plan carried out); this case is in ${state.status}`;
  }
  if (!state.planId) return 'The case has no ACTIVE support plan; a move is prepared and made under one';
  const missing = [
    state.transitionTasks === 0 ? 'tasks of the move (forTransition)' : null,
    state.team === 0 ? 'the transition team' : null,
    state.visits === 0 ? 'preparation visits' : null,
  ].filter((m): m is string => m !== null);
  return missing.length === 0 ? null
    : `The ACTIVE support plan has no complete individual transition plan: it needs ${missing.join(', ')}`;
}
