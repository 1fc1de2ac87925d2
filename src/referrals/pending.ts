import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../kernel/context';
import { conflict, forbidden, notFound } from '../kernel/errors';
import { CaseRole } from '../kernel/principal';

/** A referral to send: of a role in a case (a transfer is one of the case-manager role). */
export interface Sending {
  caseId: string;
  toAgencyId: string;
  role: CaseRole;
  reason: string;
  proposedFrom: string;
  /** how many days it waits for an answer (the hub's setting) */
  days: number;
}

/**
 * Sends a referral: a PENDING row the receiving agency answers. An expired pending one of the same
 * case, agency and role (of a transfer: of the case) makes way for it first; the unique indexes on
 * pending rows keep one open at a time, and the alert to the receiving agency is raised by the
 * insert's trigger in this transaction.
 */
export async function sendReferral(tx: EntityManager, ctx: RequestContext, s: Sending): Promise<{ id: string; expiresAt: Date; referredAt: Date }> {
  await tx.query(
    `UPDATE referral SET status = 'DECLINED', decided_at = expires_at, decline_reason = 'expired'
      WHERE case_id = $1 AND role = $3 AND status = 'PENDING' AND expires_at <= now() AND (role = 'CASE_MANAGER' OR to_agency_id = $2)`,
    [s.caseId, s.toAgencyId, s.role]);
  const [row] = await tx.query(
    `INSERT INTO referral (case_id, from_agency_id, to_agency_id, role, reason, proposed_from, expires_at, referred_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7), $8) RETURNING id, expires_at AS "expiresAt", referred_at AS "referredAt"`,
    [s.caseId, ctx.principal.agency.id, s.toAgencyId, s.role, s.reason, s.proposedFrom, s.days, ctx.principal.userId]);
  return row;
}

/**
 * Why an update of a PENDING row found nothing: the referral is not the caller's agency's (NOT_FOUND,
 * as one that does not exist), not the caller's to withdraw (FORBIDDEN), or no longer pending.
 */
export async function whyNot(ctx: RequestContext, id: string | null, side: 'to_agency_id' | 'from_agency_id'): Promise<Error> {
  const [row] = id ? await ctx.db.query(
    `SELECT status, expires_at <= now() AS expired, referred_by_user_id = $3 AS mine FROM referral WHERE id = $1 AND ${side} = $2`,
    [id, ctx.principal.agency.id, ctx.principal.userId]) : [];
  if (!row) return notFound('Referral');
  if (row.status === 'PENDING' && row.expired) return conflict('The referral has expired');
  if (row.status === 'PENDING' && side === 'from_agency_id' && !row.mine) {
    return forbidden('A referral is withdrawn by a MANAGER of the agency that sent it, or by the user who sent it');
  }
  return conflict(`The referral is already ${String(row.status).toLowerCase()}`);
}
