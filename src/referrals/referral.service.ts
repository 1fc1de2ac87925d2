import { withdrawsAnyOfItsAgency } from '../access/decide';
import { ROLE_AGENCY_KINDS } from '../access/policy';
import { pageInfoOf } from '../kernel/connection';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { today } from '../kernel/dates';
import { updateReturning } from '../kernel/db/sql';
import { badInput, conflict, notFound } from '../kernel/errors';
import { uuids } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { CaseRole, EmergencyRole, InvolvementRole } from '../kernel/principal';
import { unknownCode } from '../kernel/reference-codes';
import { text } from '../kernel/validate';
import { sendReferral, whyNot } from './pending';
import { ReferInput, Referral, ReferralConnection, ReferralDirection } from './referral.types';
import { caseWorkerOf, transferService } from './transfer.service';
import { TransferCaseWorkerInput } from './transfer.types';

const COLUMNS = `r.id, r.from_agency_id AS "fromAgencyId", r.to_agency_id AS "toAgencyId", r.role, c.target_group AS "targetGroup",
  c.responsible_municipality_code AS "municipalityCode", r.reason, r.proposed_from::text AS "proposedFrom",
  CASE WHEN r.status = 'PENDING' AND r.expires_at <= now() THEN 'EXPIRED' ELSE r.status END AS status,
  r.referred_at AS "referredAt", r.expires_at AS "expiresAt", r.decline_reason AS "declineReason"`;

/** The case id is the referring agency's always, the receiving agency's once it accepted ($1: the caller's agency). */
const CASE_ID = `CASE WHEN r.from_agency_id = $1 OR r.status = 'ACCEPTED' THEN r.case_id END AS "caseId"`;

/** A referral taken out of PENDING. */
interface PendingRow { id: string; caseId: string; role: CaseRole; proposedFrom: string; involvementId: string; reason: string }

export const referralService = {
  /** The case manager refers the case to an agency for a role; nothing of the case is shared until it accepts. */
  async refer(ctx: RequestContext, input: ReferInput, idempotencyKey: string | null): Promise<string> {
    if (input.role === InvolvementRole.CASE_MANAGER) throw badInput('input.role', 'a case changes its manager only by transfer');
    if (input.role === EmergencyRole.EMERGENCY) throw badInput('input.role', 'emergency access is asked, never referred');
    const reason = text('input.reason', input.reason, { max: 2000, required: true });
    const proposedFrom = input.proposedFrom ?? today();
    if (proposedFrom < today()) throw badInput('input.proposedFrom', 'must not be in the past');
    return runMutation(ctx, producesId('refer', idempotencyKey, { input }), async (tx) => {
      const [agency] = await tx.query(
        `SELECT a.id, a.kind, c.target_group = 'ADULT_WITH_MENTAL_DISORDER' AS adult FROM agency a, care_case c
          WHERE a.code = $1 AND c.id = $2`, [input.agencyCode, input.caseId]);
      if (!agency) throw unknownCode('input.agencyCode', 'agency', input.agencyCode);
      if (!ROLE_AGENCY_KINDS[input.role].includes(agency.kind)) {
        throw badInput('input.role', `an agency of kind ${agency.kind} cannot take the role ${input.role}`);
      }
      if (input.role === InvolvementRole.ORPHAN_COURT && agency.adult) throw badInput('input.role', "an adult's case has no orphan court");
      const [involved] = await tx.query(
        `SELECT 1 FROM involvement WHERE case_id = $1 AND agency_id = $2 AND role = $3 AND ended_at IS NULL
            AND (valid_until IS NULL OR valid_until > now())`, [input.caseId, agency.id, input.role]);
      if (involved) throw conflict('The agency already has this role in the case');
      const row = await sendReferral(tx, ctx, { caseId: input.caseId, toAgencyId: agency.id, role: input.role, reason: reason as string,
        proposedFrom, days: ctx.settings.referralExpiryDays });
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'refer',
        entity: 'Referral', entityId: row.id, fields: ['agencyCode', 'role', 'reason', 'proposedFrom'], categories: [Category.CASE],
        oldVersion: null, newVersion: null });
      return row.id as string;
    });
  },

  /**
   * The receiving agency accepts: its involvement starts on the proposed day; a transfer's acceptance
   * hands the case over (transfer.service.ts), with the case worker named here if any. One of accept,
   * decline and withdraw wins.
   */
  async accept(ctx: RequestContext, id: string, caseWorkerInput: TransferCaseWorkerInput | null): Promise<string> {
    const [referralId] = uuids([id]);
    const caseWorker = caseWorkerOf(caseWorkerInput);
    return runMutation(ctx, producesId('acceptReferral', null, { id, caseWorker }), async (tx) => {
      const [row] = referralId ? await updateReturning<PendingRow>(tx,
        `UPDATE referral SET status = 'ACCEPTED', decided_by_user_id = $3, decided_at = now(),
                involvement_id = gen_random_uuid()
          WHERE id = $1 AND to_agency_id = $2 AND status = 'PENDING' AND expires_at > now()
          RETURNING id, case_id AS "caseId", role, proposed_from::text AS "proposedFrom", involvement_id AS "involvementId", reason`,
        [referralId, ctx.principal.agency.id, ctx.principal.userId]) : [];
      if (!row) throw await whyNot(ctx, referralId ?? null, 'to_agency_id');
      if (row.role === InvolvementRole.CASE_MANAGER) {
        await transferService.handOver(tx, ctx, row, caseWorker);
        return row.id;
      }
      if (caseWorker) throw badInput('caseWorker', 'only the acceptance of a transfer names a case worker');
      await tx.query(
        `INSERT INTO involvement (id, case_id, agency_id, role, valid_from, legal_basis, created_by_user_id)
         VALUES ($1, $2, $3, $4, GREATEST(now(), ($5::date)::timestamptz), 'referral accepted', $6)`,
        [row.involvementId, row.caseId, ctx.principal.agency.id, row.role, row.proposedFrom, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: row.caseId, roles: [row.role], operation: 'acceptReferral', entity: 'Involvement',
        entityId: row.involvementId, fields: ['role', 'validFrom'], categories: [Category.CASE], oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
  },

  async decline(ctx: RequestContext, id: string, reason: string | null | undefined): Promise<string> {
    const [referralId] = uuids([id]);
    const why = text('reason', reason, { max: 2000, required: true });
    return runMutation(ctx, producesId('declineReferral', null, { id, reason }), async (tx) => {
      const [row] = referralId ? await updateReturning<PendingRow>(tx,
        `UPDATE referral SET status = 'DECLINED', decided_by_user_id = $3, decided_at = now(), decline_reason = $4
          WHERE id = $1 AND to_agency_id = $2 AND status = 'PENDING' AND expires_at > now() RETURNING id, case_id AS "caseId"`,
        [referralId, ctx.principal.agency.id, ctx.principal.userId, why]) : [];
      if (!row) throw await whyNot(ctx, referralId ?? null, 'to_agency_id');
      await ctx.audit.write(tx, { caseId: row.caseId, roles: [], operation: 'declineReferral', entity: 'Referral', entityId: row.id,
        fields: ['status', 'declineReason'], categories: [Category.CASE], oldVersion: null, newVersion: null });
      return row.id as string;
    });
  },

  /**
   * The referring agency takes its referral (or transfer) back while it is pending: its MANAGER, or
   * the user who sent it (a transfer is asked by the case worker).
   */
  async withdraw(ctx: RequestContext, id: string): Promise<string> {
    const [referralId] = uuids([id]);
    return runMutation(ctx, producesId('withdrawReferral', null, { id }), async (tx) => {
      const [row] = referralId ? await updateReturning<PendingRow>(tx,
        `UPDATE referral SET status = 'WITHDRAWN', decided_by_user_id = $3, decided_at = now()
          WHERE id = $1 AND from_agency_id = $2 AND status = 'PENDING' AND ($4::boolean OR referred_by_user_id = $3)
          RETURNING id, case_id AS "caseId"`,
        [referralId, ctx.principal.agency.id, ctx.principal.userId, withdrawsAnyOfItsAgency(ctx.principal)]) : [];
      if (!row) throw await whyNot(ctx, referralId ?? null, 'from_agency_id');
      await ctx.audit.write(tx, { caseId: row.caseId, roles: await ctx.facts.agencyRolesInCase(row.caseId), operation: 'withdrawReferral',
        entity: 'Referral', entityId: row.id, fields: ['status'], categories: [Category.CASE], oldVersion: null, newVersion: null });
      return row.id as string;
    });
  },

  async get(ctx: RequestContext, id: string): Promise<Referral> {
    const [row] = await ctx.db.query(
      `SELECT ${COLUMNS}, ${CASE_ID} FROM referral r JOIN care_case c ON c.id = r.case_id
        WHERE r.id = $2 AND (r.to_agency_id = $1 OR r.from_agency_id = $1)`, [ctx.principal.agency.id, id]);
    if (!row) throw notFound('Referral');
    return row;
  },

  /** The referrals the caller's agency received (its inbox of referrals) or sent, newest first. */
  async list(ctx: RequestContext, direction: ReferralDirection, pendingOnly: boolean, first: number, after: string | null)
    : Promise<ReferralConnection> {
    const limit = pageSize(first);
    const [at, id] = after ? decodeCursor(after, ['timestamp', 'uuid']) : [null, null];
    const side = direction === ReferralDirection.RECEIVED ? 'r.to_agency_id' : 'r.from_agency_id';
    const rows: (Referral & { sortKey: string })[] = await ctx.db.query(
      `SELECT ${COLUMNS}, ${CASE_ID}, r.referred_at::text AS "sortKey" FROM referral r JOIN care_case c ON c.id = r.case_id
        WHERE ${side} = $1 AND ($2::boolean IS FALSE OR (r.status = 'PENDING' AND r.expires_at > now()))
          AND ($3::timestamptz IS NULL OR (r.referred_at, r.id) < ($3::timestamptz, $4::uuid))
        ORDER BY r.referred_at DESC, r.id DESC LIMIT $5`, [ctx.principal.agency.id, pendingOnly, at, id, limit + 1]);
    const edges = rows.slice(0, limit).map(({ sortKey, ...node }) => ({ cursor: encodeCursor([sortKey, node.id]), node }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  },
};
