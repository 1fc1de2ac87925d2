import { InvolvementRole } from '../kernel/principal';
import { AssessmentType } from '../assessments';
import { CaseStatus, TargetGroup } from '../cases';
import { PlanStatus, TaskStatus } from '../plans';
import { textArray } from './copy';
import { ageOn, DAY_MS, HOUR_MS, isoDate, isoTime, YEAR_DAYS } from './dates';
import { CaseDraft, isChild, participantsOn, touch } from './model';
import { Weighted } from './random';
import { AgencyRef } from './reference';
import { basketFor, planService } from './services';
import { addPlannedContacts, addPlanSections, agreementFor, evaluation, UNACHIEVED } from './plan-sections';
import { addTransitionPlan } from './transitions';
import * as T from './text';

const A = AssessmentType;
const LATER_ASSESSMENTS: Record<TargetGroup, AssessmentType[]> = {
  [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE]: [A.HOME_VISIT, A.RISK_FACTORS, A.NEEDS_AND_QUALITY_OF_LIFE, A.REASSESSMENT],
  [TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT]: [A.NEEDS_AND_QUALITY_OF_LIFE, A.HOME_VISIT, A.REASSESSMENT],
  [TargetGroup.ADULT_WITH_MENTAL_DISORDER]: [A.CARE_LEVEL, A.NEEDS_AND_QUALITY_OF_LIFE, A.REASSESSMENT, A.HOME_VISIT],
};
const NEEDS: Record<TargetGroup, string[]> = {
  [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE]: T.NEEDS_CHILD,
  [TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT]: T.NEEDS_IMPAIRMENT,
  [TargetGroup.ADULT_WITH_MENTAL_DISORDER]: T.NEEDS_ADULT,
};
const PROBLEMS: Record<TargetGroup, string[]> = {
  [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE]: T.PROBLEM_CHILD,
  [TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT]: T.PROBLEM_IMPAIRMENT,
  [TargetGroup.ADULT_WITH_MENTAL_DISORDER]: T.PROBLEM_ADULT,
};
const CARE_LEVELS = new Weighted([[1, 25], [2, 35], [3, 25], [4, 15]]);
const ASSESSMENT_COUNT = new Weighted([[1, 25], [2, 45], [3, 30]]);
const VERSION_COUNT = new Weighted([[1, 25], [2, 50], [3, 25]]);

function at(draft: CaseDraft, day: number, fromHour = 8, hours = 9): number {
  return day * DAY_MS + fromHour * HOUR_MS + draft.rng.int(0, hours * 60) * 60_000;
}

/** An agency with the role in the case on that day, else the social service. */
function authorOn(draft: CaseDraft, day: number, role: InvolvementRole): AgencyRef {
  const candidates = participantsOn(draft, day).filter((p) => p.role === role);
  return candidates.length > 0 ? draft.rng.pick(candidates).agency : draft.municipality.socialService;
}

/** 1–3 assessments: the initial one soon after intake, later ones of the target group's kinds. */
export function generateAssessments(draft: CaseDraft): number {
  const { rng } = draft;
  const first = draft.opened + rng.int(0, Math.min(30, draft.end - draft.opened));
  let count = draft.status === CaseStatus.INTAKE ? 1 : ASSESSMENT_COUNT.draw(rng);
  if (draft.status === CaseStatus.ASSESSMENT) count = Math.min(count, 2);
  const later = rng.sample(LATER_ASSESSMENTS[draft.targetGroup], count - 1);
  const days = later.map(() => rng.int(first, draft.end)).sort((a, b) => a - b);
  const basket = basketFor(draft, ageOn(draft.birth, draft.end));
  const child = isChild(draft);
  [A.INITIAL, ...later].forEach((type, i) => {
    let day = i === 0 ? first : days[i - 1];
    if (type === A.REASSESSMENT) day = Math.max(day, Math.min(draft.end, first + 300));
    const author = type === A.NEEDS_AND_QUALITY_OF_LIFE ? authorOn(draft, day, InvolvementRole.ASSESSMENT_TEAM)
      : draft.municipality.socialService;
    const careLevel = !child && (type === A.CARE_LEVEL || rng.chance(0.4)) ? CARE_LEVELS.draw(rng) : null;
    const createdAt = at(draft, day);
    touch(draft, createdAt);
    const id = rng.uuid();
    draft.assessments.push({ id, day });
    draft.batch.assessment.add([
      id, draft.id, type, isoDate(day), author.id, author === draft.municipality.socialService ? draft.manager.userId
        : `${author.slug}-sp-${rng.int(1, 4)}`,
      rng.chance(0.95) ? T.sentences(rng, NEEDS[draft.targetGroup]) : null, careLevel,
      textArray(rng.sample(basket, rng.int(1, 3))),
      rng.chance(0.5) ? T.sentences(rng, T.HEALTH) : null,
      rng.chance(draft.targetGroup === TargetGroup.CHILD_WITHOUT_PARENTAL_CARE ? 0.6 : 0.2) ? T.sentences(rng, T.SAFETY) : null,
      rng.chance(0.5) ? T.sentences(rng, T.FAMILY) : null,
      child && ageOn(draft.birth, day) >= 5 && rng.chance(0.6) ? rng.pick(T.CHILD_OPINION) : null,
      isoTime(createdAt), 1,
    ]);
  });
  return first;
}

interface Version { status: PlanStatus; start: number; created: number }

/** The plan versions a case in its status has: none at intake, drafts while planning, then active ones. */
function versions(draft: CaseDraft, firstStart: number): Version[] {
  const { rng } = draft;
  const end = draft.end;
  const draftVersion = (after: number): Version => {
    const created = Math.min(end, rng.int(Math.max(after, end - 60), end));
    return { status: PlanStatus.DRAFT, created, start: created + rng.int(0, 21) };
  };
  switch (draft.status) {
    case CaseStatus.INTAKE: return [];
    case CaseStatus.ASSESSMENT: return rng.chance(0.3) ? [draftVersion(firstStart)] : [];
    case CaseStatus.PLANNING:
      if (rng.chance(0.8) || end - firstStart < 30) return [draftVersion(firstStart)];
      return [{ status: PlanStatus.ACTIVE, start: firstStart, created: firstStart - rng.int(0, 10) }, draftVersion(firstStart + 1)];
    default: break;
  }
  const span = end - firstStart;
  const count = span < 330 ? 1 : VERSION_COUNT.draw(rng);
  // the latest version started within the last year of case work (a single old one is overdue)
  const last = count === 1 ? firstStart : rng.int(Math.max(firstStart + count - 1, end - YEAR_DAYS), end);
  const starts = [firstStart];
  for (let i = 1; i < count - 1; i += 1) starts.push(firstStart + Math.round(((last - firstStart) * i) / (count - 1)));
  if (count > 1) starts.push(last);
  const out: Version[] = starts.map((start, i) => ({
    status: i === count - 1 ? PlanStatus.ACTIVE : PlanStatus.SUPERSEDED, start, created: start - rng.int(0, 10),
  }));
  if (draft.closed === null && rng.chance(0.1)) out.push(draftVersion(last + 1));
  return out;
}

/**
 * Plan versions with 1–3 goals, 1–4 tasks and 1–3 services each; the latest non-draft one is active.
 * The version in force on the day of a move out of an institution holds that move's transition plan.
 */
export function generatePlans(draft: CaseDraft, firstAssessment: number): void {
  const { rng, batch } = draft;
  const firstStart = Math.min(draft.end, firstAssessment + rng.int(7, 45));
  const all = versions(draft, firstStart);
  const inForce = all.filter((v) => v.status !== PlanStatus.DRAFT);
  const movesUnder = (v: Version) => {
    const next = inForce[inForce.indexOf(v) + 1];
    return v.status === PlanStatus.DRAFT ? [] : draft.moves.filter((m) => v.start <= m.day && (!next || m.day < next.start));
  };
  // the goals a review left unachieved, carried into the next version
  let carry: { id: string; description: string }[] = [];
  all.forEach((v, i) => {
    const planId = rng.uuid();
    const goals = [...rng.sample(T.GOALS, rng.int(1, 3)).filter((g) => !carry.some((c) => c.description === g))
      .map((description) => ({ id: rng.uuid(), description, carried: null as string | null })),
    ...carry.map((c) => ({ id: rng.uuid(), description: c.description, carried: c.id as string | null }))];
    // a version in force until the next one began was evaluated at that review
    const nextStart = all[i + 1]?.start;
    const reviewed = v.status === PlanStatus.SUPERSEDED && nextStart !== undefined
      ? evaluation(draft, goals.length, Math.max(v.start, Math.min(nextStart, draft.end))) : null;
    // reassessed at least yearly; some plans are set for half a year
    const review = v.start + (rng.chance(0.85) ? YEAR_DAYS - rng.int(0, 14) : 182);
    const author = rng.chance(0.15) ? authorOn(draft, v.start, InvolvementRole.ASSESSMENT_TEAM) : draft.municipality.socialService;
    const authorUser = author === draft.municipality.socialService ? draft.manager.userId : `${author.slug}-sp-${rng.int(1, 4)}`;
    const createdAt = at(draft, Math.min(v.created, v.start));
    const activatedAt = v.status === PlanStatus.DRAFT ? null : Math.max(createdAt + HOUR_MS, at(draft, v.start, 9, 8));
    touch(draft, activatedAt ?? createdAt);
    batch.supportPlan.add([planId, draft.id, i + 1, v.status, rng.chance(0.9) ? rng.pick(PROBLEMS[draft.targetGroup]) : null,
      isoDate(v.start), isoDate(review), author.id, authorUser, isoTime(createdAt),
      activatedAt === null ? null : isoTime(activatedAt), ...agreementFor(draft, v.status, v.start),
      reviewed?.cooperation ?? null, reviewed?.on ?? null, reviewed?.note ?? null]);

    goals.forEach((goal, g) => batch.planGoal.add([goal.id, planId, g + 1, goal.description, reviewed?.outcomes[g] ?? null,
      reviewed?.on ?? null, reviewed && rng.chance(0.3) ? rng.pick(T.EVALUATION) : null, goal.carried]));
    carry = reviewed ? goals.filter((_, g) => UNACHIEVED.includes(reviewed.outcomes[g])) : [];
    addPlanSections(draft, planId, v.status, v.start, createdAt, { id: author.id, userId: authorUser });
    if (v.status !== PlanStatus.SUPERSEDED) addPlannedContacts(draft, planId, v.start, review);
    const involved = participantsOn(draft, v.start).map((p) => p.agency);
    const taskCount = rng.int(1, 4);
    for (let t = 1; t <= taskCount; t += 1) {
      const deadline = v.start + rng.int(30, 330);
      const status = v.status === PlanStatus.SUPERSEDED ? (rng.chance(0.75) ? TaskStatus.DONE : TaskStatus.CANCELLED)
        : v.status === PlanStatus.DRAFT ? TaskStatus.PLANNED
          : deadline <= draft.end ? rng.pick([TaskStatus.DONE, TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.CANCELLED])
            : rng.pick([TaskStatus.PLANNED, TaskStatus.IN_PROGRESS]);
      const responsible = rng.chance(0.05) ? null : rng.chance(0.5) || involved.length === 0
        ? draft.municipality.socialService : rng.pick(involved);
      batch.planTask.add([rng.uuid(), planId, rng.chance(0.9) ? rng.int(1, goals.length) : null, t, rng.pick(T.TASKS),
        rng.chance(0.9) ? isoDate(deadline) : null, rng.chance(0.8) ? rng.pick(T.EXPECTED) : null, responsible?.id ?? null, status,
        false]);
    }
    for (const move of movesUnder(v)) addTransitionPlan(draft, planId, v.status, taskCount, move);
    // services of the client's age while the plan runs (a youth home from 15: the hub's age rule)
    const basket = basketFor(draft, ageOn(draft.birth, review));
    rng.sample(basket, rng.int(1, 3)).forEach((type, s) => {
      const service = planService(draft, type);
      batch.planService.add([rng.uuid(), planId, s + 1, service.type, service.provider?.id ?? null, service.volume,
        service.unit, service.period]);
    });
  });
}
