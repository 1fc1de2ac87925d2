import { Category } from '../kernel/categories';
import { InvolvementRole } from '../kernel/principal';
import { CaseStatus } from '../cases';
import { FollowUpKind } from '../follow-ups';
import { DAY_MS, HOUR_MS, isoDate, isoTime } from './dates';
import { CaseDraft, participantsOn, touch } from './model';
import { Weighted } from './random';
import { AgencyRef } from './reference';
import * as T from './text';

const K = FollowUpKind;
const KINDS = new Weighted([[K.HOME_VISIT, 30], [K.MEETING, 25], [K.PHONE, 30], [K.SITUATION_REVIEW, 10], [K.CRISIS, 5]]);
const CATEGORIES = new Weighted([[Category.FOLLOW_UP, 75], [Category.HEALTH, 10], [Category.SAFETY, 8], [Category.FAMILY, 7]]);
const CATEGORY_TEXT: Partial<Record<Category, string[]>> = {
  [Category.HEALTH]: T.HEALTH, [Category.SAFETY]: T.SAFETY, [Category.FAMILY]: T.FAMILY,
};

interface Entry { day: number; kind: FollowUpKind; author: AgencyRef; userId: string }

/** The social service mostly; otherwise an agency involved in the case on that day. */
function authorOn(draft: CaseDraft, day: number): { author: AgencyRef; userId: string } {
  const sd = draft.municipality.socialService;
  const others = participantsOn(draft, day).filter((p) => p.agency.id !== sd.id);
  if (others.length === 0 || draft.rng.chance(0.6)) return { author: sd, userId: draft.manager.userId };
  const p = draft.rng.pick(others);
  return { author: p.agency, userId: p.userId };
}

/**
 * 2–10 follow-ups between intake and today: visits, meetings and calls by the involved agencies,
 * the previous provider's quarterly situation reviews, now and then a crisis, and monitoring after
 * closure. Mostly filed as FOLLOW_UP, some as HEALTH, SAFETY or FAMILY.
 */
export function generateFollowUps(draft: CaseDraft): void {
  const { rng } = draft;
  const total = rng.int(2, 10);
  const entries: Entry[] = [];
  // the previous provider reviews its former client's situation every 3 months for a year
  for (const p of draft.participants) {
    if (p.role !== InvolvementRole.PREVIOUS_PROVIDER) continue;
    for (let q = 1; q <= 4 && entries.length < total - 1; q += 1) {
      const day = p.from + q * 91;
      if (day > draft.end || (p.validUntil !== null && day >= p.validUntil) || (p.ended !== null && day >= p.ended)) break;
      entries.push({ day, kind: K.SITUATION_REVIEW, author: p.agency, userId: p.userId });
    }
  }
  const monitoring = draft.closed !== null && draft.status === CaseStatus.POST_CLOSURE_MONITORING && draft.closed < draft.lastDay;
  if (monitoring) {
    const count = rng.int(1, 2);
    for (let i = 0; i < count; i += 1) {
      entries.push({ day: rng.int((draft.closed as number) + 1, draft.lastDay), kind: K.POST_CLOSURE_MONITORING,
        author: draft.municipality.socialService, userId: draft.manager.userId });
    }
  }
  while (entries.length < total) {
    const day = rng.int(draft.opened, draft.end);
    let kind = KINDS.draw(rng);
    const { author, userId } = authorOn(draft, day);
    if (kind === K.SITUATION_REVIEW && author.id === draft.municipality.socialService.id) kind = K.MEETING;
    entries.push({ day, kind, author, userId });
  }
  for (const e of entries) {
    const category = e.kind === K.CRISIS ? Category.SAFETY : CATEGORIES.draw(rng);
    const bank = CATEGORY_TEXT[category];
    const summary = bank && rng.chance(0.7) ? `${rng.pick(T.FOLLOW_UP_TEXT[e.kind])} ${rng.pick(bank)}` : rng.pick(T.FOLLOW_UP_TEXT[e.kind]);
    const recommendations = e.kind === K.SITUATION_REVIEW || rng.chance(0.25) ? T.sentences(rng, T.RECOMMENDATIONS) : null;
    const createdAt = e.day * DAY_MS + 9 * HOUR_MS + rng.int(0, 9 * 60) * 60_000;
    // some entries are corrected later the same day or within the week (never after yesterday)
    const edited = rng.chance(0.1);
    const updatedAt = edited ? Math.min(createdAt + rng.int(1, 5 * 24) * HOUR_MS, (draft.lastDay + 1) * DAY_MS - 60_000) : createdAt;
    touch(draft, updatedAt);
    const id = rng.uuid();
    draft.batch.followUp.add([id, draft.id, e.kind, isoDate(e.day), e.author.id, e.userId, summary, recommendations,
      category, edited ? 2 : 1, isoTime(createdAt), isoTime(updatedAt)]);
    if (edited) {
      // the correction keeps the text it replaced
      draft.batch.followUpRevision.add([id, 1, e.kind, isoDate(e.day), rng.pick(T.FOLLOW_UP_TEXT[e.kind]), recommendations,
        category, isoTime(updatedAt), e.userId]);
    }
  }
}
