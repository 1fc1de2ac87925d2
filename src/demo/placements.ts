import { InvolvementRole } from '../kernel/principal';
import { CaseStatus, TargetGroup } from '../cases';
import { ExitDestination, FosterForm, PlacementType } from '../placements';
import { ageOn, DAY_MS, HOUR_MS, isoDate, isoTime, YEAR_DAYS, yearOf } from './dates';
import { DEMO_FORM_TERM } from './carers';
import { CaseDraft, involve, touch } from './model';
import { AgencyRef, personName } from './reference';
import { Weighted } from './random';
import { END_REASONS, LEGAL_BASIS } from './text';

const P = PlacementType;

const CHILD_TYPES = (youth: boolean, young: boolean): Weighted<PlacementType> => new Weighted([
  [P.FOSTER_FAMILY, 45], [P.GUARDIAN, 25], [P.INSTITUTION, 8], [P.FAMILY_LIKE_CARE_HOME, 8], [P.CRISIS_CENTRE, 5],
  [P.YOUTH_HOME, youth ? 12 : 0], [P.ADOPTION_PRE_PLACEMENT, young ? 4 : 0], [P.BIRTH_FAMILY, 2],
]);
const CHILD_BY_AGE = { youth: CHILD_TYPES(true, false), young: CHILD_TYPES(false, true), middle: CHILD_TYPES(false, false) };
const IMPAIRMENT_TYPES = new Weighted([[P.INSTITUTION, 35], [P.FAMILY_LIKE_CARE_HOME, 30], [P.FOSTER_FAMILY, 25], [P.CRISIS_CENTRE, 10]]);
const ADULT_TYPES = new Weighted([[P.GROUP_HOME, 40], [P.INSTITUTION, 35], [P.HALFWAY_HOUSE, 25]]);
const FOSTER_FORMS = new Weighted([[FosterForm.ORDINARY, 50], [FosterForm.SPECIALISED, 20], [FosterForm.CRISIS, 15],
  [FosterForm.THERAPEUTIC, 10], [FosterForm.RESPITE, 5]]);
const IMPAIRMENT_FOSTER_FORMS = new Weighted([[FosterForm.SPECIALISED, 70], [FosterForm.THERAPEUTIC, 30]]);

/** Where a child moves to after a crisis centre or an institution. */
const FAMILY_CARE = new Set<PlacementType>([P.FOSTER_FAMILY, P.GUARDIAN, P.FAMILY_LIKE_CARE_HOME, P.ADOPTION_PRE_PLACEMENT,
  P.GROUP_HOME, P.HALFWAY_HOUSE, P.YOUTH_HOME]);
const WITH_CARER = new Set<PlacementType>([P.FOSTER_FAMILY, P.GUARDIAN, P.ADOPTION_PRE_PLACEMENT]);

/** The agency running a residential placement in the client's region. */
function providerOf(draft: CaseDraft, type: PlacementType): AgencyRef | null {
  const region = draft.municipality.region;
  const child = draft.targetGroup !== TargetGroup.ADULT_WITH_MENTAL_DISORDER;
  switch (type) {
    case P.INSTITUTION: return child ? region.bsac : region.vsac;
    case P.FAMILY_LIKE_CARE_HOME: return region.providers['FAMILY-HOME'] ?? null;
    case P.YOUTH_HOME: return region.providers['YOUTH-HOME'] ?? null;
    case P.CRISIS_CENTRE: return region.providers['CRISIS-CENTRE'] ?? null;
    // the register has no halfway-house provider: the region's group-home provider runs it
    case P.GROUP_HOME: case P.HALFWAY_HOUSE: return region.providers['GROUP-HOME'] ?? null;
    default: return null;
  }
}

/** Where a child went on leaving care from a placement of this type (drawn from the case's extra stream). */
function exitFrom(draft: CaseDraft, type: PlacementType, end: number): ExitDestination {
  if (ageOn(draft.birth, end) >= 18) return ExitDestination.REACHED_ADULTHOOD;
  if (type === P.ADOPTION_PRE_PLACEMENT) return ExitDestination.ADOPTED;
  if (type === P.GUARDIAN) return ExitDestination.GUARDIANSHIP;
  if (type === P.YOUTH_HOME && ageOn(draft.birth, end) >= 17) return ExitDestination.INDEPENDENT_LIVING;
  return draft.extra.chance(0.1) ? ExitDestination.ANOTHER_FORM_OF_CARE : ExitDestination.RETURNED_HOME;
}

/** Writes one placement row and the provider's or support centre's involvement for its period. */
function place(draft: CaseDraft, type: PlacementType, start: number, end: number | null, exit: ExitDestination | null = null): void {
  const { rng } = draft;
  const child = draft.targetGroup !== TargetGroup.ADULT_WITH_MENTAL_DISORDER;
  const provider = providerOf(draft, type);
  if (!provider && !WITH_CARER.has(type) && type !== P.BIRTH_FAMILY) return;
  let fosterForm: FosterForm | null = null;
  let carerName: string | null = null;
  let carerRef: string | null = null;
  let carerId: string | null = null;
  let centre: AgencyRef | null = null;
  let until = end;
  if (WITH_CARER.has(type)) {
    const carer = personName(rng, rng.chance(0.8));
    carerName = `${carer.given} ${carer.family}`;
    if (type === P.FOSTER_FAMILY) {
      fosterForm = (draft.targetGroup === TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT ? IMPAIRMENT_FOSTER_FORMS : FOSTER_FORMS).draw(rng);
      // the draw that made the text reference before the register, kept so the case's later rows stay as they were
      rng.digits(5);
      centre = draft.municipality.region.supportCentres.length > 0 ? rng.pick(draft.municipality.region.supportCentres) : null;
      if (centre) {
        // the form's term ends the stay; the child then stays on with an ordinary family (the extra stream: the case's own rows stay as they were)
        const term = DEMO_FORM_TERM[fosterForm];
        if (term !== undefined && (until === null || until > start + term)) until = start + draft.extra.int(7, term);
        const family = draft.carers.take(centre, draft.municipality, fosterForm, start, until, draft.lastDay, draft.extra);
        carerId = family.id;
        carerName = family.name;
        involve(draft, centre, InvolvementRole.SUPPORT_CENTRE, start, LEGAL_BASIS.SUPPORT_CENTRE,
          { ended: end, endReason: end === null ? null : END_REASONS.moved });
      }
    } else if (type === P.ADOPTION_PRE_PLACEMENT) {
      carerRef = `ADOP-${yearOf(start)}-${rng.digits(4)}`;
    }
  }
  if (provider) {
    involve(draft, provider, InvolvementRole.CURRENT_PROVIDER, start, LEGAL_BASIS.CURRENT_PROVIDER,
      { ended: end, endReason: end === null ? null : END_REASONS.moved });
  }
  const court = child ? draft.municipality.orphanCourt : null;
  const createdAt = start * DAY_MS + 9 * HOUR_MS + rng.int(0, 8 * 60) * 60_000;
  touch(draft, createdAt);
  const decision = court ? `Bāriņtiesas lēmums Nr. ${yearOf(start)}/${rng.int(1, 1999)}` : null;
  const decidedBy = child ? court?.id ?? null : draft.municipality.socialService.id;
  // a form's term ended the stay early: the child stays on with an ordinary family, and leaves care (if it does) from there
  const split = centre !== null && until !== end && until !== null && until <= draft.lastDay;
  draft.batch.placement.add([
    rng.uuid(), draft.id, type, fosterForm, carerName, carerRef, provider?.id ?? null, isoDate(start),
    until === null ? null : isoDate(until), decision, decidedBy, isoTime(createdAt), split ? null : exit, carerId,
  ]);
  draft.stays.push({ type, start, end });
  if (split && centre && until !== null) {
    const family = draft.carers.take(centre, draft.municipality, FosterForm.ORDINARY, until, end, draft.lastDay, draft.extra);
    const movedAt = until * DAY_MS + 9 * HOUR_MS;
    touch(draft, movedAt);
    draft.batch.placement.add([
      draft.extra.uuid(), draft.id, type, FosterForm.ORDINARY, family.name, null, null, isoDate(until), end === null ? null : isoDate(end),
      decision, decidedBy, isoTime(movedAt), exit, family.id,
    ]);
  }
}

/**
 * A move out of an institution, recorded as a transition: the institution stays involved as the
 * previous provider for 12 months; the move is prepared in the plan active then (plans.ts).
 */
function leaveInstitution(draft: CaseDraft, institution: AgencyRef | null, moved: number, to: AgencyRef | null): void {
  if (!institution) return;
  involve(draft, institution, InvolvementRole.PREVIOUS_PROVIDER, moved, LEGAL_BASIS.PREVIOUS_PROVIDER,
    { validUntil: moved + YEAR_DAYS });
  draft.moves.push({ day: moved, from: institution, to, mentor: null });
}

/** A transition is recorded only while the case is in implementation (the hub's rule): cases that got that far. */
const MOVED_ON = new Set<CaseStatus>([CaseStatus.IMPLEMENTATION, CaseStatus.EVALUATION, CaseStatus.POST_CLOSURE_MONITORING,
  CaseStatus.CLOSED]);
/**
 * The latest day after opening a case's first plan starts (plans.ts: the first assessment within 30
 * days, the plan 7 to 45 days after it): a move out of an institution comes after it, under that plan.
 */
const FIRST_PLAN_WITHIN = 30 + 45;

/**
 * The placement history: children without parental care mostly in foster families or with
 * guardians (some after a crisis centre or an institution), children with impairments sometimes
 * in residential care, adults in group homes, halfway houses or a VSAC (some after moving out of one).
 */
export function generatePlacements(draft: CaseDraft): void {
  const { rng } = draft;
  const region = draft.municipality.region;
  const age = ageOn(draft.birth, draft.opened);
  let type: PlacementType | null = null;
  if (draft.targetGroup === TargetGroup.CHILD_WITHOUT_PARENTAL_CARE) {
    if (rng.chance(0.92)) type = (age >= 15 ? CHILD_BY_AGE.youth : age < 10 ? CHILD_BY_AGE.young : CHILD_BY_AGE.middle).draw(rng);
  } else if (draft.targetGroup === TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT) {
    if (rng.chance(0.3)) type = IMPAIRMENT_TYPES.draw(rng);
  } else if (rng.chance(0.6)) {
    type = ADULT_TYPES.draw(rng);
  }
  const child = draft.targetGroup !== TargetGroup.ADULT_WITH_MENTAL_DISORDER;
  if (type === null) {
    // living at home: many attend a day centre
    if (rng.chance(0.45)) {
      involve(draft, region.providers['DAY-CENTRE'] ?? null, InvolvementRole.CURRENT_PROVIDER, draft.opened + rng.int(7, 90),
        LEGAL_BASIS.CURRENT_PROVIDER);
    }
    return;
  }
  if (child && !draft.participants.some((p) => p.role === InvolvementRole.ORPHAN_COURT)) {
    // out-of-family care of a child is the orphan court's decision
    involve(draft, draft.municipality.orphanCourt, InvolvementRole.ORPHAN_COURT, draft.opened, LEGAL_BASIS.ORPHAN_COURT);
  }
  let start = Math.min(draft.end, draft.opened + rng.int(0, 30));
  const span = draft.end - start;
  let before: PlacementType | null = null;
  let moved = start;
  if (FAMILY_CARE.has(type) && span > 90 && rng.chance(child ? 0.35 : 0.45)) {
    before = child && rng.chance(0.5) ? P.CRISIS_CENTRE : P.INSTITUTION;
    const earliest = before === P.INSTITUTION ? Math.max(14, draft.opened + FIRST_PLAN_WITHIN + 1 - start) : 14;
    moved = start + rng.int(earliest, Math.max(earliest, Math.min(2 * YEAR_DAYS, span - 30)));
    if (before === P.INSTITUTION && !MOVED_ON.has(draft.status)) {
      // still being assessed or planned for: the client lives in the institution until the plan prepares the move
      place(draft, before, start, null);
      return;
    }
  }
  const endsOn = draft.closed !== null && rng.chance(0.85) ? draft.closed : null;
  // a family-like care home with no room (its size limit) for the whole stay: the child goes to a guardian instead
  const home = type === P.FAMILY_LIKE_CARE_HOME ? providerOf(draft, type) : null;
  if (home && !draft.homes.take(home.id, moved, endsOn)) type = P.GUARDIAN;
  if (before) {
    place(draft, before, start, moved);
    if (before === P.INSTITUTION) leaveInstitution(draft, providerOf(draft, before), moved, providerOf(draft, type));
    start = moved;
  }
  // a child leaving out-of-family care as the case closes: the exit, with its destination
  const exit = child && endsOn !== null && type !== P.BIRTH_FAMILY ? exitFrom(draft, type, endsOn) : null;
  place(draft, type, start, endsOn, exit);
}
