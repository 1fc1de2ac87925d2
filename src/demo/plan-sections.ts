import { InvolvementRole } from '../kernel/principal';
import { TargetGroup } from '../cases';
import { AgreementStatus, GoalOutcome, PlanSection, PlanStatus } from '../plans';
import { PLAN_TEMPLATES } from '../reference';
import { ageOn, isoDate, isoTime } from './dates';
import { CaseDraft, isChild, participantsOn } from './model';
import { Weighted } from './random';
import { personName } from './reference';
import * as T from './text';

/**
 * The sections of a demo plan (issue 19): every plan in force has what its target group's template
 * requires and the client's answer; drafts have some. Each section is written by an agency that may
 * write its category: the case manager, or for a child's placement conditions the orphan court.
 */

const OUTCOMES = new Weighted([[GoalOutcome.ACHIEVED, 40], [GoalOutcome.PARTLY_ACHIEVED, 30], [GoalOutcome.NOT_ACHIEVED, 20],
  [GoalOutcome.NO_LONGER_RELEVANT, 10]]);
const COOPERATION = new Weighted([['COOPERATED', 60], ['PARTLY_COOPERATED', 30], ['DID_NOT_COOPERATE', 10]]);

/** The agreement columns of a version: agreed (or, rarely, refused) before a plan comes into force; a draft often not yet. */
export function agreementFor(draft: CaseDraft, status: PlanStatus, start: number): [AgreementStatus, string | null, string | null, string | null] {
  const { rng } = draft;
  if (status === PlanStatus.DRAFT && rng.chance(0.6)) return [AgreementStatus.PENDING, null, null, null];
  const on = isoDate(Math.min(draft.end, start - rng.int(0, 7)));
  const by = isChild(draft) && ageOn(draft.birth, start) < 18 ? 'LEGAL_REPRESENTATIVE' : 'CLIENT';
  return rng.chance(0.05) ? [AgreementStatus.REFUSED, on, by, rng.pick(T.REFUSAL)] : [AgreementStatus.AGREED, on, by, null];
}

function content(draft: CaseDraft, section: PlanSection): Record<string, unknown> {
  const { rng } = draft;
  const adult = draft.targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER;
  switch (section) {
    case PlanSection.HEALTH: {
      const group = draft.targetGroup === TargetGroup.CHILD_WITHOUT_PARENTAL_CARE ? 'NONE'
        : adult ? rng.pick(['GROUP_I', 'GROUP_II', 'GROUP_III']) : 'CHILD_DISABILITY';
      return { disabilityGroup: group, disabilityValidUntil: group === 'NONE' ? null : isoDate(draft.end + rng.int(30, 900)),
        medications: rng.sample([...T.MEDICINES], adult ? rng.int(1, 3) : rng.int(0, 1)).map(([name, dose]) => ({ name, dose })),
        treatmentAndRehabilitation: group === 'NONE' ? null : rng.pick(T.TREATMENT), description: rng.pick(T.HEALTH) };
    }
    case PlanSection.FAMILY: {
      const people = Array.from({ length: rng.int(1, 3) }, () => {
        const name = personName(rng, rng.chance(0.5));
        return { name: `${name.given} ${name.family}`, relation: rng.pick(adult ? ['MOTHER', 'SIBLING', 'FRIEND', 'OTHER_RELATIVE'] : ['MOTHER', 'FATHER', 'SIBLING', 'GRANDPARENT']),
          role: rng.pick(adult ? ['SUPPORT_PERSON', 'FAMILY_MEMBER'] : ['BIRTH_FAMILY', 'FAMILY_MEMBER', 'SUPPORT_PERSON']),
          contactArrangement: rng.chance(0.7) ? rng.pick(T.CONTACT) : null };
      });
      return { people, birthFamily: adult ? null : rng.pick(T.FAMILY), contactArrangements: rng.pick(T.CONTACT),
        familySupport: rng.chance(0.5) ? rng.pick(T.FAMILY_SUPPORT) : null };
    }
    case PlanSection.CHILD_VOICE:
      return { opinionOnPlan: rng.pick(T.CHILD_OPINION), opinionOnFamily: rng.pick(T.CHILD_FAMILY_OPINION) };
    case PlanSection.PLACEMENT:
      return { conditions: rng.pick(T.PLACEMENT_CONDITIONS) };
    case PlanSection.EDUCATION:
      return { stage: adult ? 'NOT_IN_EDUCATION' : rng.pick(['PRESCHOOL', 'BASIC', 'SPECIAL', 'SECONDARY', 'VOCATIONAL']),
        school: adult ? null : `${draft.municipality.name} ${rng.pick(T.SCHOOLS)}`, description: null };
    case PlanSection.EMPLOYMENT:
      return { status: rng.pick(['SUPPORTED_EMPLOYMENT', 'SPECIALISED_WORKSHOP', 'UNEMPLOYED', 'UNABLE_TO_WORK', 'EMPLOYED']), description: null };
    case PlanSection.WISHES_AND_INTERESTS:
      return { description: rng.pick(T.WISHES) };
    case PlanSection.SUPPORT_VOLUME:
      return { careLevel: rng.int(1, 4), description: rng.pick(T.SUPPORT_VOLUME) };
    case PlanSection.COOPERATION_PARTNERS:
      return { partners: rng.sample([...T.PARTNERS], rng.int(1, 2)).map(([kind, organisation, role]) => ({
        organisation: `${draft.municipality.name} ${organisation}`, kind, role, workContact: `+371 67${rng.int(100000, 999999)}` })) };
  }
}

/**
 * The sections of one version: a plan in force has every required one (and some others); a draft
 * some. A child's placement conditions only where an orphan court takes part (it writes them).
 */
export function addPlanSections(draft: CaseDraft, planId: string, status: PlanStatus, start: number, createdAt: number,
  author: { id: string; userId: string }): void {
  const { rng } = draft;
  const required = PLAN_TEMPLATES.required.get(draft.targetGroup) ?? [];
  const court = participantsOn(draft, start).find((p) => p.role === InvolvementRole.ORPHAN_COURT)?.agency;
  for (const section of Object.values(PlanSection)) {
    const wanted = required.includes(section) ? status !== PlanStatus.DRAFT || rng.chance(0.6) : rng.chance(0.4);
    if (!wanted) continue;
    const childPlacement = section === PlanSection.PLACEMENT && draft.targetGroup !== TargetGroup.ADULT_WITH_MENTAL_DISORDER;
    if (childPlacement && !court) continue;
    // the assessment team drafts, but only the case manager writes FAMILY (and an adult's PLACEMENT)
    const byManager = (section === PlanSection.FAMILY || section === PlanSection.PLACEMENT) && author.id !== draft.municipality.socialService.id;
    const writer = childPlacement && court ? { id: court.id, userId: `${court.slug}-cw-1` }
      : byManager ? { id: draft.municipality.socialService.id, userId: draft.manager.userId } : author;
    draft.batch.planSection.add([planId, section, JSON.stringify(content(draft, section)), writer.id, writer.userId, isoTime(createdAt)]);
  }
}

/** 1–3 home visits and meetings planned over the plan's year. */
export function addPlannedContacts(draft: CaseDraft, planId: string, start: number, review: number): void {
  const { rng } = draft;
  const days = Array.from({ length: rng.int(1, 3) }, () => rng.int(start + 7, review)).sort((a, b) => a - b);
  days.forEach((day, i) => draft.batch.planContact.add([rng.uuid(), planId, i + 1, rng.pick(['HOME_VISIT', 'MEETING']), isoDate(day), null,
    rng.chance(0.4) ? rng.pick(['māte', 'audžuģimene', 'klients un atbalsta persona']) : null]));
}

/** A review's evaluation of a version superseded on `day`: each goal's outcome and the client's cooperation. */
export function evaluation(draft: CaseDraft, goals: number, day: number) {
  const { rng } = draft;
  return {
    on: isoDate(day), cooperation: COOPERATION.draw(rng), note: rng.chance(0.6) ? rng.pick(T.EVALUATION) : null,
    outcomes: Array.from({ length: goals }, () => OUTCOMES.draw(rng)),
  };
}

export const UNACHIEVED: readonly GoalOutcome[] = [GoalOutcome.PARTLY_ACHIEVED, GoalOutcome.NOT_ACHIEVED];
