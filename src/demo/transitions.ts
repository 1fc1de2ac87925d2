/**
 * What the demo's moves out of institutions are prepared with (004 J–K): a social mentor of the
 * municipality's social service from the preparation on, and an individual transition plan in the
 * support plan active on the day of the move (its tasks, the transition team, the preparation visits).
 */
import { PlanStatus, PreparationVisitPlace, TaskStatus } from '../plans';
import { DAY_MS, HOUR_MS, isoDate, isoTime, YEAR_DAYS } from './dates';
import { CaseDraft, isChild, Move, touch } from './model';
import { personName } from './reference';
import * as T from './text';

/** Each move gets a mentor from a few weeks before it for a year (or until the case closes). */
export function assignMentors(draft: CaseDraft): void {
  const { extra: rng, batch } = draft;
  const sd = draft.municipality.socialService;
  for (const move of draft.moves) {
    const from = Math.max(draft.opened, move.day - rng.int(20, 40));
    const year = move.day + YEAR_DAYS;
    const until = draft.closed !== null ? Math.min(year, draft.closed) : year <= draft.lastDay ? year : null;
    const mentor = draft.mentors.take(sd, from, until, rng);
    move.mentor = mentor;
    const createdAt = from * DAY_MS + 10 * HOUR_MS + rng.int(0, 6 * 60) * 60_000;
    touch(draft, createdAt);
    batch.mentorAssignment.add([rng.uuid(), draft.id, mentor.id, mentor.name, sd.id, isoDate(from),
      until === null ? null : isoDate(until), draft.manager.userId, isoTime(createdAt)]);
  }
}

const V = PreparationVisitPlace;

/** The preparation visits before a move: a child's 3 meetings where it lives, 3 visits to the new place, a night there; an adult's visits. */
function visits(draft: CaseDraft, day: number): [number, PreparationVisitPlace][] {
  const { extra: rng } = draft;
  if (!isChild(draft)) return Array.from({ length: rng.int(2, 3) }, (_, i) => [day - 30 + i * 10 + rng.int(0, 5), V.NEW_PLACE]);
  return [
    ...[45, 40, 35].map((back): [number, PreparationVisitPlace] => [day - back - rng.int(0, 2), V.FAMILIAR_PLACE]),
    ...[28, 21, 14].map((back): [number, PreparationVisitPlace] => [day - back - rng.int(0, 2), V.NEW_PLACE]),
    [day - 7, V.OVERNIGHT_STAY],
  ];
}

/**
 * The individual transition plan of the move in plan `planId` (a version of `status`): tasks marked
 * as the move's after the plan's own `tasks`, the team, the preparation visits.
 */
export function addTransitionPlan(draft: CaseDraft, planId: string, status: PlanStatus, tasks: number, move: Move): void {
  const { extra: rng, batch } = draft;
  const sd = draft.municipality.socialService;
  const chosen = rng.sample(T.TRANSITION_TASKS, rng.int(1, 2));
  chosen.forEach((description, i) => {
    const deadline = move.day - rng.int(0, 7);
    const done = status === PlanStatus.SUPERSEDED || deadline <= draft.end;
    const responsible = i === 0 ? sd : move.from;
    batch.planTask.add([rng.uuid(), planId, null, tasks + i + 1, description, isoDate(deadline), null, responsible.id,
      done ? TaskStatus.DONE : TaskStatus.PLANNED, true]);
  });
  const staff = personName(rng, rng.chance(0.8));
  const team: [string, string | null, string][] = [
    [move.from.id, `${staff.given} ${staff.family}`, T.TRANSITION_ROLES.institution],
    [sd.id, draft.manager.fullName, T.TRANSITION_ROLES.caseManager],
  ];
  if (move.to) team.push([move.to.id, null, T.TRANSITION_ROLES.newProvider]);
  if (move.mentor) team.push([sd.id, move.mentor.name, T.TRANSITION_ROLES.mentor]);
  team.forEach(([agencyId, name, role], i) => batch.planTransitionMember.add([rng.uuid(), planId, i + 1, agencyId, name, role]));
  visits(draft, move.day).forEach(([day, place], i) => batch.planPreparationVisit.add([rng.uuid(), planId, i + 1,
    isoDate(Math.max(draft.opened, day)), place, T.VISIT_TEXT[place]]));
}
