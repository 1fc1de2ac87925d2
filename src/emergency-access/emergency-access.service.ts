import { checkPersonalCode } from '../clients';
import { spendLookup } from '../discovery';
import { pageInfoOf } from '../kernel/connection';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { inTransaction } from '../kernel/db/transaction';
import { badInput, conflict, forbidden, notFound } from '../kernel/errors';
import { uuids } from '../kernel/loaders';
import { Category } from '../kernel/categories';
import { producesId, runMutation } from '../kernel/mutation';
import { AgencyKind, EmergencyRole } from '../kernel/principal';
import { text } from '../kernel/validate';
import { EmergencyAccess, EmergencyAccessConnection, RequestEmergencyAccessInput, ReviewEmergencyAccessInput } from './emergency-access.types';

/** ACCESS.md, emergency access: a written justification of at least this many characters. */
const MIN_JUSTIFICATION = 20;
const REVIEW_WITHIN = '72 hours';

const COLUMNS = `e.id, e.case_id AS "caseId", e.agency_id AS "agencyId", e.user_id AS "userId", e.justification,
  e.requested_at AS "requestedAt", e.expires_at AS "expiresAt", e.review_due_at AS "reviewDueAt", e.verdict,
  e.review_note AS "reviewNote", e.reviewed_by_user_id AS "reviewedByUserId", e.reviewed_at AS "reviewedAt",
  (e.verdict IS NULL AND e.review_due_at < now()) AS "reviewOverdue"`;

/** The cases the caller's agency manages now (the DPO's): `e` is in one of them. */
const MANAGED_BY_CALLER = `EXISTS (SELECT 1 FROM involvement cm WHERE cm.case_id = e.case_id AND cm.role = 'CASE_MANAGER'
  AND cm.agency_id = $1 AND cm.ended_at IS NULL)`;

interface FoundCase { caseId: string; adult: boolean; involved: boolean }

/**
 * Emergency access (ACCESS.md, policy v2). Who may ask and review is decided by the policy before
 * this runs (rules.ts); this finds the case, keeps the rules of time and review, and audits.
 */
export const emergencyAccessService = {
  /**
   * The lookup is a discovery: counted in the caller's 30 lookups an hour and audited in a
   * transaction of its own, so a refusal (no open case, …) is recorded and counted as well.
   */
  async request(ctx: RequestContext, input: RequestEmergencyAccessInput): Promise<string> {
    const code = checkPersonalCode(input.personalCode);
    if (!code.valid) throw badInput('input.personalCode', `The personal code ${code.reason}`);
    const justification = text('input.justification', input.justification, { max: 2000, required: true }) ?? '';
    if (justification.trim().length < MIN_JUSTIFICATION) {
      throw badInput('input.justification', `A justification of at least ${MIN_JUSTIFICATION} characters is required`);
    }
    const found = await inTransaction(ctx.db, async (tx) => {
      await spendLookup(ctx, tx);
      const [row]: FoundCase[] = await tx.query(
        `SELECT c.id AS "caseId", c.target_group = 'ADULT_WITH_MENTAL_DISORDER' AS adult,
                EXISTS (SELECT 1 FROM involvement i WHERE i.case_id = c.id AND i.agency_id = $2 AND i.ended_at IS NULL
                          AND i.valid_from <= now() AND (i.valid_until IS NULL OR i.valid_until > now())) AS involved
           FROM client cl JOIN care_case c ON c.client_id = cl.id AND c.status <> 'CLOSED'
          WHERE cl.personal_code = $1 ORDER BY c.opened_on DESC, c.id LIMIT 1`, [code.canonical, ctx.principal.agency.id]);
      await ctx.audit.discovery(tx, row?.caseId ?? null, 'requestEmergencyAccess');
      return row ?? null;
    });
    if (!found) throw notFound('Open case for this personal code');
    // the social service where an adult in crisis is found; a child's crisis is the orphan court's
    if (ctx.principal.agency.kind === AgencyKind.SOCIAL_SERVICE && !found.adult) {
      throw forbidden("A social service asks for emergency access to an adult's case only; for a child, the orphan court does");
    }
    if (found.involved) {
      throw conflict('Your agency already takes part in this case (or has an emergency access to it that has not expired)');
    }
    const hours = ctx.settings.emergencyAccessHours;
    return runMutation(ctx, producesId('requestEmergencyAccess', null, input), async (tx) => {
      // one at a time per case: two requests of one agency cannot both find it not involved
      await tx.query('SELECT 1 FROM care_case WHERE id = $1 FOR UPDATE', [found.caseId]);
      const [again] = await tx.query(
        `SELECT 1 FROM involvement i WHERE i.case_id = $1 AND i.agency_id = $2 AND i.ended_at IS NULL
            AND (i.valid_until IS NULL OR i.valid_until > now())`, [found.caseId, ctx.principal.agency.id]);
      if (again) throw conflict('Your agency already takes part in this case');
      const [involvement] = await tx.query(
        `INSERT INTO involvement (case_id, agency_id, role, valid_until, legal_basis, created_by_user_id)
         VALUES ($1, $2, '${EmergencyRole.EMERGENCY}', now() + make_interval(hours => $3), 'emergency access', $4) RETURNING id`,
        [found.caseId, ctx.principal.agency.id, hours, ctx.principal.userId]);
      const [access] = await tx.query(
        `INSERT INTO emergency_access (case_id, involvement_id, agency_id, user_id, justification, expires_at, review_due_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6), now() + interval '${REVIEW_WITHIN}') RETURNING id`,
        [found.caseId, involvement.id, ctx.principal.agency.id, ctx.principal.userId, justification, hours]);
      await ctx.audit.write(tx, { caseId: found.caseId, roles: [EmergencyRole.EMERGENCY], operation: 'requestEmergencyAccess',
        entity: 'Involvement', entityId: involvement.id, fields: ['role', 'validUntil', 'justification'], categories: [Category.CASE],
        oldVersion: null, newVersion: null });
      return access.id as string;
    });
  },

  /** The verdict, once. An access to a case the DPO's agency does not manage does not exist for it. */
  async review(ctx: RequestContext, input: ReviewEmergencyAccessInput): Promise<string> {
    const note = text('input.note', input.note, { max: 2000 });
    return runMutation(ctx, producesId('reviewEmergencyAccess', null, input), async (tx) => {
      const [row] = await tx.query(
        `SELECT e.id, e.case_id AS "caseId", e.verdict FROM emergency_access e
          WHERE e.id = $2::uuid AND ${MANAGED_BY_CALLER} FOR UPDATE OF e`, [ctx.principal.agency.id, uuidOrNull(input.id)]);
      if (!row) throw notFound('Emergency access');
      if (row.verdict) throw conflict('This emergency access has already been reviewed');
      await tx.query(
        `UPDATE emergency_access SET verdict = $2, review_note = $3, reviewed_by_user_id = $4, reviewed_at = now() WHERE id = $1`,
        [row.id, input.verdict, note, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: row.caseId, roles: await ctx.facts.agencyRolesInCase(row.caseId),
        operation: 'reviewEmergencyAccess', entity: 'EmergencyAccess', entityId: row.id, fields: ['verdict', 'reviewNote'],
        categories: [], oldVersion: null, newVersion: null });
      return row.id as string;
    });
  },

  /** One access as its requester or reviewer sees it (after a write). */
  async get(ctx: RequestContext, id: string): Promise<EmergencyAccess> {
    const [row] = await ctx.db.query(
      `SELECT ${COLUMNS} FROM emergency_access e WHERE e.id = $2::uuid AND (e.agency_id = $1 OR ${MANAGED_BY_CALLER})`,
      [ctx.principal.agency.id, uuidOrNull(id)]);
    if (!row) throw notFound('Emergency access');
    return row;
  },

  /** The review list of the data protection officer: accesses to the cases its agency manages, newest first. */
  async list(ctx: RequestContext, filter: { pendingOnly: boolean; overdueOnly: boolean }, first: number, after: string | null)
    : Promise<EmergencyAccessConnection> {
    const limit = pageSize(first);
    const [at, id] = after ? decodeCursor(after, ['timestamp', 'uuid']) : [null, null];
    const where = `${MANAGED_BY_CALLER} AND ($2::boolean IS FALSE OR e.verdict IS NULL)
      AND ($3::boolean IS FALSE OR (e.verdict IS NULL AND e.review_due_at < now()))`;
    const params = [ctx.principal.agency.id, filter.pendingOnly, filter.overdueOnly];
    const rows: (EmergencyAccess & { sortKey: string })[] = await ctx.db.query(
      `SELECT ${COLUMNS}, e.requested_at::text AS "sortKey" FROM emergency_access e
        WHERE ${where} AND ($4::timestamptz IS NULL OR (e.requested_at, e.id) < ($4::timestamptz, $5::uuid))
        ORDER BY e.requested_at DESC, e.id DESC LIMIT $6`, [...params, at, id, limit + 1]);
    const [{ n }] = await ctx.db.query(`SELECT count(*)::int AS n FROM emergency_access e WHERE ${where}`, params);
    const edges = rows.slice(0, limit).map(({ sortKey, ...node }) => ({ cursor: encodeCursor([sortKey, node.id]), node }));
    return { edges, totalCount: n, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  },
};

function uuidOrNull(id: string): string | null {
  return uuids([id])[0] ?? null;
}
