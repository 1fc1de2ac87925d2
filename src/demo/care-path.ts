/**
 * The demo's care path (issue 20): the orphan court's permanency plan for every child in
 * out-of-family care, reviewed yearly, and adults' applications for long-term care on the waiting
 * list. Drawn from the case's extra stream, so the case's other rows stay as they were.
 */
import { CaseStatus, TargetGroup } from '../cases';
import { PermanencyGoal } from '../permanency';
import { PlacementType } from '../placements';
import { LongTermCareService } from '../waiting-list';
import { DAY_MS, HOUR_MS, isoDate, isoTime, YEAR_DAYS, yearOf } from './dates';
import { CaseDraft, isChild } from './model';
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

/**
 * An adult's application for long-term care, after the first assessment (everyone on the list is
 * assessed): most still wait, some with a place offered by the region's provider, some removed with
 * a reason (every application of a closed case, on its closing day). None is admitted: an admission
 * names its assessment and, to a state social care centre, the pre-admission summary.
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
  } else if (provider && service !== LongTermCareService.HALFWAY_HOUSE && step < 0.4) {
    status = 'PLACE_OFFERED';
    offered = { by: provider.id, on: Math.min(draft.end, applied + rng.int(30, 365)) };
  }
  const at = applied * DAY_MS + 9 * HOUR_MS + rng.int(0, 8 * 60) * 60_000;
  draft.batch.careApplication.add([rng.uuid(), draft.id, service, isoDate(applied), status, offered?.by ?? null,
    offered ? isoDate(offered.on) : null, removed ? isoDate(removed.on) : null, removed?.reason ?? null,
    draft.municipality.socialService.id, isoTime(at), status === 'WAITING' ? 1 : 2]);
}
