/**
 * The demo's care path (issue 20): the orphan court's permanency plan for every child in
 * out-of-family care, reviewed yearly, and adults' applications for long-term care on the waiting
 * list. Drawn from the case's extra stream, so the case's other rows stay as they were.
 */
import { InvolvementRole } from '../kernel/principal';
import { CaseStatus, TargetGroup } from '../cases';
import { PermanencyGoal } from '../permanency';
import { PlacementType } from '../placements';
import { ServiceType } from '../plans';
import { LongTermCareService } from '../waiting-list';
import { DAY_MS, HOUR_MS, isoDate, isoTime, YEAR_DAYS, yearOf } from './dates';
import { textArray } from './copy';
import { CaseDraft, involve, isChild, touch } from './model';
import { AgencyRef } from './reference';
import { LEGAL_BASIS } from './text';
import { Weighted } from './random';

const P = PlacementType;
const G = PermanencyGoal;

/** The goal a child's care works toward, by where the child lives in the end. */
function goalFor(draft: CaseDraft, type: string): PermanencyGoal {
  const rng = draft.extra;
  switch (type) {
    case P.ADOPTION_PRE_PLACEMENT: return G.ADOPTION;
    case P.GUARDIAN: return rng.chance(0.6) ? G.GUARDIANSHIP : G.KINSHIP_CARE;
    case P.YOUTH_HOME: return G.INDEPENDENT_LIVING;
    case P.FOSTER_FAMILY: return rng.chance(0.5) ? G.RETURN_TO_BIRTH_FAMILY : G.LONG_TERM_FOSTER_CARE;
    default: return rng.chance(0.7) ? G.RETURN_TO_BIRTH_FAMILY : G.GUARDIANSHIP;
  }
}

/**
 * A child's permanency plan: decided by the orphan court within two months of the first placement
 * outside the family (while the child is in care), with a target 6 to 18 months later, and reviewed
 * once a year while the child stays in care.
 */
export function generatePermanency(draft: CaseDraft): void {
  const court = draft.municipality.orphanCourt;
  const inCare = draft.stays.filter((s) => s.type !== P.BIRTH_FAMILY);
  if (!isChild(draft) || !court || inCare.length === 0) return;
  const rng = draft.extra;
  const first = inCare[0].start;
  const last = inCare[inCare.length - 1];
  // in care until the last stay ends (the stays follow each other without a gap)
  const until = Math.min(last.end ?? draft.end + 1, draft.end + 1);
  let decided = first + rng.int(7, 60);
  const goal = goalFor(draft, last.type);
  for (let version = 1; decided < until; version += 1) {
    const at = decided * DAY_MS + 10 * HOUR_MS + rng.int(0, 6 * 60) * 60_000;
    draft.batch.permanencyPlan.add([rng.uuid(), draft.id, version, goal, isoDate(decided + rng.int(180, 540)), isoDate(decided),
      `Bāriņtiesas lēmums Nr. ${yearOf(decided)}/${rng.int(2000, 3999)}`, court.id, `${court.slug}-sp-${rng.int(1, 4)}`, isoTime(at)]);
    decided += YEAR_DAYS;
  }
}

const SERVICES = new Weighted([[LongTermCareService.GROUP_HOME_WITH_CARE, 45], [LongTermCareService.STATE_SOCIAL_CARE_CENTRE, 35],
  [LongTermCareService.GROUP_HOME_WITH_REHABILITATION, 15], [LongTermCareService.HALFWAY_HOUSE, 5]]);
const REMOVAL_REASONS = new Weighted([['NO_LONGER_NEEDED', 35], ['SERVED_ELSEWHERE', 30], ['CLIENT_WITHDREW', 20], ['REFUSED', 10],
  ['MOVED_AWAY', 5]]);
/** The community services a client tried before a state social care centre (the pre-admission summary). */
const COMMUNITY_SERVICES = [ServiceType.HOME_CARE, ServiceType.DAY_CARE_CENTRE, ServiceType.GROUP_HOME_WITH_CARE,
  ServiceType.HOME_PSYCHIATRIC_NURSING, ServiceType.SHORT_TERM_CARE, ServiceType.SOCIAL_MENTOR, ServiceType.RESPITE_CARE];
const WHY_NOT_ENOUGH = [
  'Klientam nepieciešama diennakts aprūpe un uzraudzība, ko aprūpe mājās un dienas centrs nespēj nodrošināt.',
  'Veselības stāvoklis pasliktinājies; grupu mājā nav iespējams nodrošināt nepieciešamo medicīnisko aprūpi.',
  'Ģimene vairs nespēj nodrošināt aprūpi, un sabiedrībā balstītie pakalpojumi pašvaldībā nav pieejami vajadzīgajā apjomā.',
];
/** Where an admitted client lives from the admission on: the placement type and its provider in the region. */
function admittedTo(draft: CaseDraft, service: LongTermCareService): { type: PlacementType; provider: AgencyRef | null } {
  const region = draft.municipality.region;
  if (service === LongTermCareService.STATE_SOCIAL_CARE_CENTRE) return { type: PlacementType.INSTITUTION, provider: region.vsac };
  const type = service === LongTermCareService.HALFWAY_HOUSE ? PlacementType.HALFWAY_HOUSE : PlacementType.GROUP_HOME;
  return { type, provider: region.providers['GROUP-HOME'] ?? null };
}

/**
 * The admission of a client offered a place, as the hub allows it: on the latest assessment by
 * then, for a state social care centre one of the last 12 months (364 days: within the months
 * whatever their length) with the pre-admission summary; the client then lives with the provider
 * (a placement decided by the social service, and the provider's involvement). Only clients living
 * at home are admitted, so no stay overlaps another; null when the rules leave none (the offer stays open).
 */
function admission(draft: CaseDraft, service: LongTermCareService, offeredOn: number, providerId: string):
  { on: number; assessment: string; tried: string[]; why: string | null } | null {
  const rng = draft.extra;
  if (draft.closed !== null || draft.stays.length > 0) return null;
  const on = offeredOn + rng.int(7, 90);
  if (on > draft.lastDay) return null;
  const assessed = draft.assessments.filter((a) => a.day <= on).sort((a, b) => b.day - a.day)[0];
  const vsac = service === LongTermCareService.STATE_SOCIAL_CARE_CENTRE;
  if (!assessed || (vsac && assessed.day < on - 364)) return null;
  const { type, provider } = admittedTo(draft, service);
  if (!provider || provider.id !== providerId) return null;
  const tried = vsac || rng.chance(0.5) ? rng.sample(COMMUNITY_SERVICES, rng.int(1, 3)) : [];
  const why = tried.length > 0 ? rng.pick(WHY_NOT_ENOUGH) : null;
  const at = on * DAY_MS + 10 * HOUR_MS + rng.int(0, 6 * 60) * 60_000;
  touch(draft, at);
  draft.batch.placement.add([rng.uuid(), draft.id, type, null, null, null, provider.id, isoDate(on), null, null,
    draft.municipality.socialService.id, isoTime(at), null, null]);
  draft.stays.push({ type, start: on, end: null });
  involve(draft, provider, InvolvementRole.CURRENT_PROVIDER, on, LEGAL_BASIS.CURRENT_PROVIDER);
  return { on, assessment: assessed.id, tried, why };
}

/**
 * An adult's application for long-term care, after the first assessment (everyone on the list is
 * assessed): most still wait, some with a place offered by the region's provider, some admitted
 * (see `admission`), some removed with a reason (every application of a closed case, on its closing day).
 */
export function generateApplications(draft: CaseDraft, firstAssessment: number): void {
  const rng = draft.extra;
  if (draft.targetGroup !== TargetGroup.ADULT_WITH_MENTAL_DISORDER || draft.status === CaseStatus.INTAKE || !rng.chance(0.3)) return;
  const applied = firstAssessment + rng.int(1, 60);
  if (applied > draft.end) return;
  const service = SERVICES.draw(rng);
  const region = draft.municipality.region;
  const provider = service === LongTermCareService.STATE_SOCIAL_CARE_CENTRE ? region.vsac : region.providers['GROUP-HOME'] ?? null;
  let status = 'WAITING';
  let offered: { by: string; on: number } | null = null;
  let removed: { on: number; reason: string } | null = null;
  const step = rng.float();
  if (draft.closed !== null) {
    status = 'REMOVED';
    removed = { on: draft.closed, reason: 'NO_LONGER_NEEDED' };
  } else if (step < 0.2) {
    status = 'REMOVED';
    removed = { on: Math.min(draft.end, applied + rng.int(30, 365)), reason: REMOVAL_REASONS.draw(rng) };
  } else if (provider && service !== LongTermCareService.HALFWAY_HOUSE && step < 0.5) {
    status = 'PLACE_OFFERED';
    offered = { by: provider.id, on: Math.min(draft.end, applied + rng.int(30, 365)) };
  }
  const admitted = offered ? admission(draft, service, offered.on, offered.by) : null;
  if (admitted) status = 'ADMITTED';
  const at = applied * DAY_MS + 9 * HOUR_MS + rng.int(0, 8 * 60) * 60_000;
  draft.batch.careApplication.add([rng.uuid(), draft.id, service, isoDate(applied), status, offered?.by ?? null,
    offered ? isoDate(offered.on) : null, removed ? isoDate(removed.on) : null, removed?.reason ?? null,
    draft.municipality.socialService.id, isoTime(at), status === 'WAITING' ? 1 : admitted ? 3 : 2,
    admitted ? isoDate(admitted.on) : null, admitted?.assessment ?? null, textArray(admitted?.tried ?? []), admitted?.why ?? null]);
}
