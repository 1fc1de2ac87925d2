/**
 * Pure row generation for one demo case and everything hung on it. Each case draws from its own
 * PRNG stream keyed by (seed, run base, index): the same inputs give the same rows, ids included.
 */
import { InvolvementRole } from '../kernel/principal';
import { CaseStatus, IntakeType, TargetGroup } from '../cases';
import { DAY_MS, HOUR_MS, isoDate, isoTime, YEAR_DAYS } from './dates';
import { CarerBook } from './carers';
import { generateFollowUps } from './follow-ups';
import { Batch, CaseDraft, involve, isChild, Participant } from './model';
import { generateApplications, generatePermanency } from './care-path';
import { HomeBook } from './homes';
import { MentorBook } from './mentors';
import { address, mobilePhone, personalCode } from './people';
import { generatePlacements } from './placements';
import { generateAssessments, generatePlans } from './plans';
import { Rng, Weighted } from './random';
import { DemoReference, personName } from './reference';
import { END_REASONS, LEGAL_BASIS, REPORTERS_ADULT, REPORTERS_CHILD } from './text';
import { assignMentors } from './transitions';

export interface GeneratorInput {
  ref: DemoReference;
  seed: number;
  /** cases in the database before this run: keys the streams so a second run appends new ids */
  base: number;
  /** the last day anything is dated on */
  lastDay: number;
  /** personal codes in use (existing rows and this run's), kept unique */
  codes: Set<string>;
  /** the social services' mentors (existing ones and this run's) */
  mentors: MentorBook;
  /** the family-like care homes' children (existing ones and this run's) */
  homes: HomeBook;
  /** the support centres' carers (existing ones and this run's) */
  carers: CarerBook;
}

/** Keys the stream of the rows added for mentors and transition plans apart from the case's own. */
const EXTRA_STREAM = 0x6d656e74;

const TARGET_GROUPS = new Weighted([[TargetGroup.CHILD_WITHOUT_PARENTAL_CARE, 45],
  [TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT, 20], [TargetGroup.ADULT_WITH_MENTAL_DISORDER, 35]]);
const S = CaseStatus;
const STATUSES = new Weighted([[S.INTAKE, 5], [S.ASSESSMENT, 8], [S.PLANNING, 7], [S.IMPLEMENTATION, 47], [S.EVALUATION, 10],
  [S.POST_CLOSURE_MONITORING, 8], [S.CLOSED, 15]]);
/** How recently a case in an early status was opened (days). */
const RECENT: Partial<Record<CaseStatus, number>> = { [S.INTAKE]: 45, [S.ASSESSMENT]: 120, [S.PLANNING]: 240 };
const MANDATORY_SHARE: Record<TargetGroup, number> = {
  [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE]: 0.8, [TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT]: 0.3,
  [TargetGroup.ADULT_WITH_MENTAL_DISORDER]: 0.4,
};
const HISTORY_DAYS = 6 * YEAR_DAYS;

function timeOn(rng: Rng, day: number): number {
  return day * DAY_MS + 8 * HOUR_MS + rng.int(0, 9 * 60) * 60_000;
}

/** Birth day: children 0–17, adults 18–80 (more in the middle years). */
function birthDay(rng: Rng, targetGroup: TargetGroup, lastDay: number): number {
  if (targetGroup !== TargetGroup.ADULT_WITH_MENTAL_DISORDER) return lastDay - rng.int(0, 18 * YEAR_DAYS - 1);
  const span = 80 * YEAR_DAYS - 18 * 366;
  return lastDay - 18 * 366 - Math.floor(((rng.float() + rng.float()) / 2) * span);
}

/** Opening and closing days consistent with the status: early statuses are recent, closed ones closed. */
function caseDates(rng: Rng, status: CaseStatus, birth: number, lastDay: number): { opened: number; closed: number | null } {
  const earliest = Math.max(birth, lastDay - HISTORY_DAYS);
  const recent = RECENT[status];
  // open cases lean recent (long-running ones get closed); closed ones spread over the whole history
  const back = recent !== undefined ? rng.int(0, recent - 1)
    : status === S.CLOSED || status === S.POST_CLOSURE_MONITORING ? rng.int(60, HISTORY_DAYS)
      : 60 + Math.floor((HISTORY_DAYS - 60) * rng.float() ** 1.6);
  const wanted = lastDay - back;
  const opened = wanted >= earliest ? wanted : rng.int(earliest, lastDay);
  let closed: number | null = null;
  if (status === S.CLOSED) {
    closed = Math.min(lastDay, opened + rng.int(90, 3 * YEAR_DAYS));
  } else if (status === S.POST_CLOSURE_MONITORING) {
    closed = Math.max(opened, lastDay - rng.int(0, 300));
  }
  return { opened, closed };
}

function writeInvolvement(draft: CaseDraft, p: Participant, createdAt: number | null): void {
  const { rng } = draft;
  const validFrom = createdAt ?? timeOn(rng, p.from);
  const validUntil = p.validUntil === null ? null : validFrom + (p.validUntil - p.from) * DAY_MS;
  const endedAt = p.ended === null ? null : Math.max(validFrom + HOUR_MS, timeOn(rng, p.ended));
  if (endedAt !== null && endedAt > draft.touched) draft.touched = endedAt;
  if (validFrom > draft.touched) draft.touched = validFrom;
  draft.batch.involvement.add([rng.uuid(), draft.id, p.agency.id, p.role, isoTime(validFrom),
    validUntil === null ? null : isoTime(validUntil), endedAt === null ? null : isoTime(endedAt), p.endReason, p.legalBasis,
    draft.manager.userId, isoTime(validFrom)]);
}

/** Generates one case (client, case, involvements, assessments, plans, follow-ups, placements) into the batch. */
export function generateCase(input: GeneratorInput, batch: Batch, index: number): void {
  const rng = new Rng(input.seed, input.base, index);
  const { lastDay } = input;
  const municipality = input.ref.byPopulation.draw(rng);
  const targetGroup = TARGET_GROUPS.draw(rng);
  const female = rng.chance(targetGroup === TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT ? 0.4 : 0.48);
  const birth = birthDay(rng, targetGroup, lastDay);
  const status = STATUSES.draw(rng);
  const { opened, closed } = caseDates(rng, status, birth, lastDay);
  const createdAt = timeOn(rng, opened);
  const draft: CaseDraft = {
    rng, ref: input.ref, batch, lastDay, id: rng.uuid(), targetGroup, status, municipality,
    manager: rng.pick(municipality.staff), birth, female, opened, closed, end: closed ?? lastDay, participants: [],
    touched: createdAt, moves: [], extra: new Rng(input.seed ^ EXTRA_STREAM, input.base, index), mentors: input.mentors,
    homes: input.homes, stays: [], carers: input.carers, assessments: [],
  };
  const child = isChild(draft);
  const region = municipality.region;

  // the social service manages the case; a closed case may keep its manager or have it ended
  const managerEnded = status === S.CLOSED && rng.chance(0.5) ? closed : null;
  const managing = involve(draft, municipality.socialService, InvolvementRole.CASE_MANAGER, opened, LEGAL_BASIS.CASE_MANAGER,
    { ended: managerEnded, endReason: managerEnded === null ? null : END_REASONS.managerClosed });
  if (!managing) throw new Error('a case opens with its case manager');
  if (rng.chance(targetGroup === TargetGroup.CHILD_WITHOUT_PARENTAL_CARE ? 0.95 : targetGroup === TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT ? 0.2 : 0)) {
    involve(draft, municipality.orphanCourt, InvolvementRole.ORPHAN_COURT, opened + rng.int(0, 14), LEGAL_BASIS.ORPHAN_COURT);
  }
  if (region.assessmentTeams.length > 0 && rng.chance(targetGroup === TargetGroup.CHILD_WITHOUT_PARENTAL_CARE ? 0.2 : 0.4)) {
    const from = opened + rng.int(3, 90);
    const ended = rng.chance(0.5) ? from + rng.int(30, 150) : null;
    involve(draft, rng.pick(region.assessmentTeams), InvolvementRole.ASSESSMENT_TEAM, from, LEGAL_BASIS.ASSESSMENT_TEAM,
      ended !== null && ended <= draft.end ? { ended, endReason: END_REASONS.assessed } : { validUntil: from + YEAR_DAYS });
  }
  generatePlacements(draft);
  if (closed !== null) {
    // closing the case ends everyone else's part in it
    for (const p of draft.participants) {
      if (p === managing || (p.ended !== null && p.ended <= closed) || (p.validUntil !== null && p.validUntil <= closed)) continue;
      p.ended = closed;
      p.endReason = END_REASONS.closed;
    }
  }
  assignMentors(draft);
  const firstAssessment = generateAssessments(draft);
  generatePlans(draft, firstAssessment);
  generatePermanency(draft);
  generateApplications(draft, firstAssessment);
  generateFollowUps(draft);
  for (const p of draft.participants) writeInvolvement(draft, p, p === managing ? createdAt : null);

  const clientId = rng.uuid();
  const name = personName(rng, female);
  const mandatory = rng.chance(MANDATORY_SHARE[targetGroup]);
  batch.client.add([clientId, personalCode(rng, birth, input.codes), name.given, name.family, isoDate(birth),
    female ? 'FEMALE' : 'MALE', municipality.code, address(rng, municipality.name),
    child && (birth > lastDay - 12 * YEAR_DAYS || rng.chance(0.4)) ? null : mobilePhone(rng), isoTime(createdAt), isoTime(createdAt)]);
  batch.careCase.add([draft.id, clientId, targetGroup, mandatory ? IntakeType.MANDATORY : IntakeType.VOLUNTARY,
    mandatory ? rng.pick(child ? REPORTERS_CHILD : REPORTERS_ADULT) : null, status, isoDate(opened),
    closed === null ? null : isoDate(closed), municipality.code, draft.manager.agencyId, draft.manager.userId, isoTime(createdAt),
    isoTime(draft.touched), status === S.INTAKE ? 1 : rng.int(2, 6)]);
  batch.caseChange.add([draft.id, 'CASE', isoTime(draft.touched)]);
}
