import { judgeEventDate } from '../cases';
import { Category } from '../kernel/categories';
import { pageInfoOf } from '../kernel/connection';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { addDays, today } from '../kernel/dates';
import { badInput } from '../kernel/errors';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import type { CentreActivity, CentreService, CentreActivityConnection, CentreActivityCount, RecordCentreActivityInput } from './centre.types';

/**
 * A support centre's own record of its work: activities of its services (seed 000), with who took
 * part counted by kind. Every statement takes the centre from the token, so a centre never reads or
 * writes another's records. An activity may name cases the centre is involved in (the rule of
 * recordCentreActivity checks each through the policy); it says nothing of them but their ids.
 */
const MAX_CASES = 20;
const MAX_HOURS = 24;
/** Hours are recorded in quarter hours. */
const HOUR_STEP = 0.25;
/** How long a period the monthly counts may cover. */
const MAX_COUNT_MONTHS = 36;

const ACTIVITY = `SELECT a.id, a.service_code AS "serviceCode", a.occurred_on::text AS "occurredOn", a.hours::float8 AS hours, a.note,
    a.recorded_at AS "recordedAt",
    coalesce((SELECT json_agg(json_build_object('kind', p.kind, 'count', p.count) ORDER BY p.kind)
                FROM centre_activity_participant p WHERE p.activity_id = a.id), '[]') AS participants,
    ARRAY(SELECT l.case_id::text FROM centre_activity_case l WHERE l.activity_id = a.id ORDER BY l.case_id) AS "caseIds"
  FROM centre_activity a`;

function checkHours(hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0) throw badInput('input.hours', 'must be more than 0');
  if (hours > MAX_HOURS) throw badInput('input.hours', `must be at most ${MAX_HOURS} (one day's activity)`);
  if (Math.abs(hours / HOUR_STEP - Math.round(hours / HOUR_STEP)) > 1e-9) throw badInput('input.hours', 'must be in quarter hours (e.g. 1.25)');
  return hours;
}

function checkParticipants(input: RecordCentreActivityInput): void {
  if (input.participants.length === 0) throw badInput('input.participants', 'must name at least one kind of participant');
  const seen = new Set<string>();
  input.participants.forEach((p, i) => {
    if (seen.has(p.kind)) throw badInput(`input.participants.${i}.kind`, `lists ${p.kind} a second time`);
    seen.add(p.kind);
    if (!Number.isInteger(p.count) || p.count < 1 || p.count > 1000) throw badInput(`input.participants.${i}.count`, 'must be from 1 to 1000');
  });
}

function checkCaseIds(ids: readonly string[]): void {
  if (ids.length > MAX_CASES) throw badInput('input.caseIds', `must name at most ${MAX_CASES} cases`);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) throw badInput(`input.caseIds.${i}`, 'names a case a second time');
  });
}

/** Not in the future, and within the backdate window: of today, and of each linked case (cases/event-dates.ts). */
async function checkDate(ctx: RequestContext, occurredOn: string, caseIds: readonly string[]): Promise<void> {
  const window = ctx.settings.backdateWindowDays;
  if (occurredOn > today()) throw badInput('input.occurredOn', 'must not be in the future');
  if (occurredOn < addDays(today(), -window)) throw badInput('input.occurredOn', `must not be more than ${window} days ago`);
  if (caseIds.length === 0) return;
  const cases: { id: string; openedOn: string; birthDate: string | null }[] = await ctx.db.query(
    `SELECT c.id, c.opened_on::text AS "openedOn", cl.birth_date::text AS "birthDate"
       FROM care_case c JOIN client cl ON cl.id = c.client_id WHERE c.id = ANY($1::uuid[])`, [caseIds]);
  for (const c of cases) judgeEventDate('input.occurredOn', occurredOn, c, window);
}

function checkPeriod(from: string, to: string): void {
  if (to < from) throw badInput('to', 'must not be before from');
}

export const activityService = {
  /** The register of services, in the seed's order. */
  services(ctx: RequestContext): Promise<CentreService[]> {
    return ctx.db.query('SELECT code, position, name, name_en AS "nameEn" FROM centre_service ORDER BY position');
  },

  async record(ctx: RequestContext, input: RecordCentreActivityInput, idempotencyKey: string | null): Promise<CentreActivity> {
    const hours = checkHours(input.hours);
    checkParticipants(input);
    const caseIds = input.caseIds ?? [];
    checkCaseIds(caseIds);
    const note = text('input.note', input.note, { max: 500 });
    await checkDate(ctx, input.occurredOn, caseIds);
    const id = await runMutation(ctx, producesId('recordCentreActivity', idempotencyKey, { input }), async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO centre_activity (centre_id, service_code, occurred_on, hours, note, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [ctx.principal.agency.id, input.serviceCode, input.occurredOn, hours, note, ctx.principal.userId]);
      await tx.query(
        `INSERT INTO centre_activity_participant (activity_id, kind, count) SELECT $1, k.kind, k.count FROM unnest($2::text[], $3::int[]) AS k(kind, count)`,
        [row.id, input.participants.map((p) => p.kind), input.participants.map((p) => p.count)]);
      if (caseIds.length > 0) {
        await tx.query('INSERT INTO centre_activity_case (activity_id, case_id) SELECT $1, unnest($2::uuid[])', [row.id, caseIds]);
      }
      const fields = ['serviceCode', 'occurredOn', 'hours', 'participants', ...(caseIds.length > 0 ? ['caseIds'] : []), ...(note ? ['note'] : [])];
      // the centre's own record; in each linked case's log too, as the centre's follow-up work with the client
      const linked = caseIds.length > 0 ? await Promise.all(caseIds.map(async (caseId) => ({ caseId, roles: await ctx.facts.rolesInCase(caseId) })))
        : [{ caseId: null, roles: [] }];
      for (const { caseId, roles } of linked) {
        await ctx.audit.write(tx, { caseId, roles, operation: 'recordCentreActivity', entity: 'CentreActivity', entityId: row.id, fields,
          categories: caseId ? [Category.FOLLOW_UP] : [], oldVersion: null, newVersion: 1 });
      }
      return row.id;
    });
    const [activity]: CentreActivity[] = await ctx.db.query(`${ACTIVITY} WHERE a.id = $1 AND a.centre_id = $2`, [id, ctx.principal.agency.id]);
    return activity;
  },

  /** The centre's activities from `from` to `to` (of one service, if asked), newest first. */
  async list(ctx: RequestContext, args: { from: string; to: string; serviceCode?: string | null; first: number; after?: string | null }):
    Promise<CentreActivityConnection> {
    checkPeriod(args.from, args.to);
    const first = pageSize(args.first);
    const [afterDate, afterId] = args.after ? decodeCursor(args.after, ['date', 'uuid']) : [null, null];
    const where = `a.centre_id = $1 AND a.occurred_on BETWEEN $2 AND $3 AND ($4::text IS NULL OR a.service_code = $4)`;
    const params = [ctx.principal.agency.id, args.from, args.to, args.serviceCode ?? null];
    const rows: CentreActivity[] = await ctx.db.query(
      `${ACTIVITY} WHERE ${where} AND ($5::date IS NULL OR (a.occurred_on, a.id) < ($5::date, $6::uuid))
        ORDER BY a.occurred_on DESC, a.id DESC LIMIT $7`, [...params, afterDate, afterId, first + 1]);
    const [{ total }]: { total: number }[] = await ctx.db.query(`SELECT count(*)::int AS total FROM centre_activity a WHERE ${where}`, params);
    const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor([node.occurredOn, node.id]), node }));
    return { edges, totalCount: total, pageInfo: pageInfoOf(edges, rows.length > first, args.after) };
  },

  /** Per month and service: activities, hours, participants (months and services with none left out). */
  counts(ctx: RequestContext, from: string, to: string): Promise<CentreActivityCount[]> {
    checkPeriod(from, to);
    if (to > addDays(from, MAX_COUNT_MONTHS * 31)) throw badInput('to', `the period may cover at most ${MAX_COUNT_MONTHS} months`);
    return ctx.db.query(
      `SELECT to_char(a.occurred_on, 'YYYY-MM') AS month, a.service_code AS "serviceCode", count(*)::int AS activities,
              sum(a.hours)::float8 AS hours,
              coalesce(sum((SELECT sum(p.count) FROM centre_activity_participant p WHERE p.activity_id = a.id)), 0)::int AS participants
         FROM centre_activity a JOIN centre_service s ON s.code = a.service_code
        WHERE a.centre_id = $1 AND a.occurred_on BETWEEN $2 AND $3
        GROUP BY 1, 2, s.position ORDER BY 1, s.position`, [ctx.principal.agency.id, from, to]);
  },
};
