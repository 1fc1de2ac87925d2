/**
 * The support centres' own records for the demo (seed 000): a year of activities of each of the 14
 * services for every support centre, some linked to cases the centre was involved in on the day,
 * and partner surveys: last year's closed, for every kind of partner (some with too few answers to
 * publish), and this year's survey of foster families open. Loaded once, with the first demo cases.
 */
import type { Client } from 'pg';
import { isoDate, yearOf } from './dates';
import { Rng } from './random';

const CENTRE_STREAM = 0x5eedac01;

type Kind = 'FOSTER_FAMILY' | 'GUARDIAN' | 'ADOPTER' | 'PROSPECTIVE_CARER' | 'CHILD' | 'BIRTH_FAMILY_MEMBER' | 'SPECIALIST' | 'OTHER';

/** How often a service is given a month, for how long (in quarter hours), who takes part, and whether it is work with one client. */
interface ServicePattern {
  perMonth: [number, number];
  quarters: [number, number];
  participants: [Kind, number, number][];
  withClient?: boolean;
}

const PATTERNS: Record<string, ServicePattern> = {
  PUBLIC_INFORMATION: { perMonth: [0, 2], quarters: [4, 12], participants: [['OTHER', 10, 60]] },
  TARGET_GROUP_RECRUITMENT: { perMonth: [1, 3], quarters: [4, 8], participants: [['PROSPECTIVE_CARER', 1, 6]] },
  INITIAL_TRAINING: { perMonth: [1, 3], quarters: [12, 32], participants: [['PROSPECTIVE_CARER', 3, 12]] },
  PSYCHOLOGIST_OPINION: { perMonth: [0, 3], quarters: [4, 12], participants: [['PROSPECTIVE_CARER', 1, 2]] },
  FOSTER_FAMILY_SUPPORT_PLAN: { perMonth: [1, 4], quarters: [4, 8], participants: [['FOSTER_FAMILY', 1, 1], ['SPECIALIST', 1, 2]] },
  PLACED_CHILD_SUPPORT_PLAN: { perMonth: [1, 4], quarters: [4, 8], participants: [['CHILD', 1, 1], ['FOSTER_FAMILY', 1, 1]], withClient: true },
  MATCHING: { perMonth: [0, 2], quarters: [4, 12], participants: [['CHILD', 1, 2], ['FOSTER_FAMILY', 1, 1], ['SPECIALIST', 1, 3]], withClient: true },
  FURTHER_TRAINING: { perMonth: [1, 2], quarters: [8, 24], participants: [['FOSTER_FAMILY', 4, 15], ['GUARDIAN', 0, 4]] },
  SPECIALIST_SUPPORT: { perMonth: [3, 10], quarters: [2, 8], participants: [['FOSTER_FAMILY', 1, 1], ['CHILD', 0, 2]], withClient: true },
  PARTNER_COOPERATION: { perMonth: [1, 4], quarters: [2, 8], participants: [['SPECIALIST', 1, 5]] },
  BIRTH_FAMILY_CONTACT: { perMonth: [1, 5], quarters: [4, 12], participants: [['CHILD', 1, 2], ['BIRTH_FAMILY_MEMBER', 1, 3]], withClient: true },
  SUPPORT_GROUPS: { perMonth: [1, 2], quarters: [6, 12], participants: [['FOSTER_FAMILY', 3, 12], ['GUARDIAN', 0, 3], ['ADOPTER', 0, 2]] },
  GUARDIAN_SUPPORT: { perMonth: [0, 3], quarters: [2, 6], participants: [['GUARDIAN', 1, 2]] },
  INFORMAL_ACTIVITIES: { perMonth: [0, 1], quarters: [8, 24], participants: [['FOSTER_FAMILY', 3, 15], ['CHILD', 5, 30]] },
};

const PARTNER_KINDS = ['ORPHAN_COURT', 'SOCIAL_SERVICE', 'FOSTER_FAMILY', 'GUARDIAN', 'SUPPORT_GROUP_MEMBER'];
/** Most partners are satisfied (seed 000: "Kopumā AC tiek vērtēti pozitīvi"): weights of the scores 1 to 5. */
const SCORE_WEIGHTS = [1, 2, 6, 14, 12];

function score(rng: Rng): number {
  let left = rng.float() * SCORE_WEIGHTS.reduce((a, b) => a + b, 0);
  for (let i = 0; i < SCORE_WEIGHTS.length; i += 1) {
    left -= SCORE_WEIGHTS[i];
    if (left < 0) return i + 1;
  }
  return 5;
}

interface Activities {
  id: string[]; centre: string[]; service: string[]; day: string[]; hours: number[]; withClient: boolean[];
  participant: { activity: string[]; kind: string[]; count: number[] };
}

function activitiesOf(rng: Rng, centres: { id: string }[], lastDay: number): Activities {
  const out: Activities = { id: [], centre: [], service: [], day: [], hours: [], withClient: [], participant: { activity: [], kind: [], count: [] } };
  for (const centre of centres) {
    // twelve 30-day months back from yesterday
    for (let month = 0; month < 12; month += 1) {
      for (const [service, pattern] of Object.entries(PATTERNS)) {
        for (let n = rng.int(...pattern.perMonth); n > 0; n -= 1) {
          const id = rng.uuid();
          out.id.push(id);
          out.centre.push(centre.id);
          out.service.push(service);
          out.day.push(isoDate(lastDay - month * 30 - rng.int(0, 29)));
          out.hours.push(rng.int(...pattern.quarters) / 4);
          out.withClient.push(pattern.withClient ?? false);
          for (const [kind, min, max] of pattern.participants) {
            const count = rng.int(min, max);
            if (count === 0) continue;
            out.participant.activity.push(id);
            out.participant.kind.push(kind);
            out.participant.count.push(count);
          }
        }
      }
    }
  }
  return out;
}

async function loadActivities(client: Client, a: Activities): Promise<void> {
  await client.query(
    `INSERT INTO centre_activity (id, centre_id, service_code, occurred_on, hours, recorded_by_user_id, recorded_at)
     SELECT k.id, k.centre, k.service, k.day, k.hours, 'demo-centre-worker', k.day + time '16:00'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::numeric[]) AS k(id, centre, service, day, hours)`,
    [a.id, a.centre, a.service, a.day, a.hours]);
  await client.query(
    `INSERT INTO centre_activity_participant (activity_id, kind, count) SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[])`,
    [a.participant.activity, a.participant.kind, a.participant.count]);
  // work with a client names a case the centre was involved in on the day (and still is), opened by then: the first such
  // involvement of the centre from a point the activity's id picks, read along the index of active involvements by agency
  await client.query(
    `INSERT INTO centre_activity_case (activity_id, case_id)
     SELECT a.id, pick.case_id FROM centre_activity a
      CROSS JOIN LATERAL (
        SELECT i.case_id FROM involvement i JOIN care_case c ON c.id = i.case_id
         WHERE i.agency_id = a.centre_id AND i.ended_at IS NULL AND i.role = 'SUPPORT_CENTRE'
           AND i.case_id >= md5(a.id::text)::uuid AND c.opened_on <= a.occurred_on
           AND (i.valid_from AT TIME ZONE 'Europe/Riga')::date <= a.occurred_on
           AND (i.valid_until IS NULL OR (i.valid_until AT TIME ZONE 'Europe/Riga')::date > a.occurred_on)
         ORDER BY i.case_id LIMIT 1) pick
      WHERE a.id = ANY($1::uuid[])`,
    [a.id.filter((_id, i) => a.withClient[i])]);
}

/** Last year's surveys, closed, of every kind of partner; this year's of foster families, open. */
async function loadSurveys(client: Client, rng: Rng, centres: { id: string }[], lastDay: number): Promise<void> {
  const year = yearOf(lastDay);
  const questions: { code: string; partner_kind: string }[] = (await client.query('SELECT code, partner_kind FROM survey_question')).rows;
  const survey = { id: [] as string[], centre: [] as string[], year: [] as number[], kind: [] as string[], closed: [] as boolean[],
    issued: [] as number[], responses: [] as number[] };
  const tally = { survey: [] as string[], question: [] as string[], score: [] as number[], count: [] as number[] };
  for (const centre of centres) {
    const asked = [...PARTNER_KINDS.map((kind) => ({ kind, year: year - 1, closed: true })), { kind: 'FOSTER_FAMILY', year, closed: false }];
    for (const { kind, year: of, closed } of asked) {
      const id = rng.uuid();
      // partners answer in small numbers: some surveys are too small to publish
      const responses = kind === 'ORPHAN_COURT' || kind === 'SOCIAL_SERVICE' ? rng.int(2, 9) : rng.int(3, 30);
      survey.id.push(id); survey.centre.push(centre.id); survey.year.push(of); survey.kind.push(kind); survey.closed.push(closed);
      survey.issued.push(responses + rng.int(0, 10)); survey.responses.push(responses);
      for (const q of questions.filter((x) => x.partner_kind === kind)) {
        const counts = [0, 0, 0, 0, 0];
        for (let r = 0; r < responses; r += 1) counts[score(rng) - 1] += 1;
        counts.forEach((count, i) => {
          if (count === 0) return;
          tally.survey.push(id); tally.question.push(q.code); tally.score.push(i + 1); tally.count.push(count);
        });
      }
    }
  }
  await client.query(
    `INSERT INTO partner_survey (id, centre_id, year, partner_kind, opened_by_user_id, opened_at, closed_at, tokens_issued, responses)
     SELECT k.id, k.centre, k.year, k.kind, 'demo-centre-manager',
            CASE WHEN k.closed THEN make_date(k.year, 11, 2) ELSE least(make_date(k.year, 1, 10), current_date) END,
            CASE WHEN k.closed THEN make_date(k.year, 12, 18) END, k.issued, k.responses
       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::boolean[], $6::int[], $7::int[])
         AS k(id, centre, year, kind, closed, issued, responses)`,
    [survey.id, survey.centre, survey.year, survey.kind, survey.closed, survey.issued, survey.responses]);
  await client.query('INSERT INTO survey_tally (survey_id, question_code, score, count) SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[])',
    [tally.survey, tally.question, tally.score, tally.count]);
}

/** Loads the centres' records unless some are there already (a second demo run appends cases only). */
export async function seedCentreWork(client: Client, seed: number, lastDay: number): Promise<void> {
  const { rows: [{ loaded }] } = await client.query<{ loaded: boolean }>('SELECT EXISTS (SELECT 1 FROM centre_activity) AS loaded');
  if (loaded) return;
  const { rows: centres } = await client.query<{ id: string }>(`SELECT id FROM agency WHERE kind = 'SUPPORT_CENTRE' ORDER BY code`);
  const rng = new Rng(seed, CENTRE_STREAM, lastDay);
  await client.query('BEGIN');
  try {
    await loadActivities(client, activitiesOf(rng, centres, lastDay));
    await loadSurveys(client, rng, centres, lastDay);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
