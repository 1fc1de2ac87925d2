import type { EntityManager } from 'typeorm';
import { assignCaseWorkerIn, CASE_MANAGER_BASIS, CaseStatus } from '../cases';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { today } from '../kernel/dates';
import { updateReturning } from '../kernel/db/sql';
import { badInput, conflict } from '../kernel/errors';
import { runMutation } from '../kernel/mutation';
import { InvolvementRole } from '../kernel/principal';
import { text } from '../kernel/validate';
import { sendReferral } from './pending';
import { CaseTransfer, TransferCaseInput, TransferCaseWorkerInput } from './transfer.types';
import { ReferralStatus } from './referral.types';

/** A transfer taken out of PENDING by its acceptance. */
export interface AcceptedTransfer {
  caseId: string;
  reason: string;
  /** the new case-manager involvement, chosen as the referral was accepted */
  involvementId: string;
}

/** The receiving service's staff member named as it accepts, checked before the transaction. */
export interface CaseWorker {
  userId: string;
  name: string | null;
}

/** The case worker an acceptance names, checked as input. */
export function caseWorkerOf(input: TransferCaseWorkerInput | null | undefined): CaseWorker | null {
  if (!input) return null;
  return { userId: text('caseWorker.userId', input.userId, { max: 200, required: true }) as string,
    name: text('caseWorker.name', input.name, { max: 300 }) };
}

export const transferService = {
  /**
   * The case manager asks the social service of the client's new municipality to take the case over:
   * a referral of the case-manager role. Nothing of the case changes until that service accepts.
   */
  async request(ctx: RequestContext, input: TransferCaseInput, idempotencyKey: string | null): Promise<CaseTransfer> {
    const reason = text('input.reason', input.reason, { max: 1000, required: true }) as string;
    const spec = {
      operation: 'transferCase', idempotencyKey, args: { input },
      remember: (t: CaseTransfer) => ({ id: t.id, caseId: t.caseId, fromAgencyId: t.fromAgencyId, toAgencyId: t.toAgencyId,
        at: t.at.toISOString(), expiresAt: t.expiresAt.toISOString() }),
      recall: (m: Record<string, string>) => ({ id: m.id, caseId: m.caseId, fromAgencyId: m.fromAgencyId, toAgencyId: m.toAgencyId,
        status: ReferralStatus.PENDING, at: new Date(m.at), expiresAt: new Date(m.expiresAt) }),
    };
    return runMutation(ctx, spec, async (tx) => {
      const [current] = await tx.query(
        'SELECT status, responsible_municipality_code AS municipality FROM care_case WHERE id = $1 FOR UPDATE', [input.caseId]);
      if (current.status === CaseStatus.CLOSED) throw badInput('input.caseId', 'a closed case cannot be transferred');
      if (current.municipality === input.toMunicipalityCode) {
        throw badInput('input.toMunicipalityCode', 'is already the responsible municipality');
      }
      const [receiving] = await tx.query(
        `SELECT id FROM agency WHERE kind = 'SOCIAL_SERVICE' AND municipality_code = $1 ORDER BY code LIMIT 1`, [input.toMunicipalityCode]);
      if (!receiving) throw badInput('input.toMunicipalityCode', 'has no social service in the register');
      const [pending] = await tx.query(
        `SELECT 1 FROM referral WHERE case_id = $1 AND role = 'CASE_MANAGER' AND status = 'PENDING' AND expires_at > now()`, [input.caseId]);
      if (pending) throw conflict('A transfer of this case is already waiting for an answer; withdraw it first');
      const sent = await sendReferral(tx, ctx, { caseId: input.caseId, toAgencyId: receiving.id, role: InvolvementRole.CASE_MANAGER,
        reason, proposedFrom: today(), days: ctx.settings.transferExpiryDays });
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'transferCase',
        entity: 'Referral', entityId: sent.id, fields: ['toMunicipalityCode', 'reason'], categories: [Category.CASE],
        oldVersion: null, newVersion: null });
      return { id: sent.id, caseId: input.caseId, fromAgencyId: ctx.principal.agency.id, toAgencyId: receiving.id,
        status: ReferralStatus.PENDING, at: sent.referredAt, expiresAt: sent.expiresAt };
    });
  },

  /**
   * The handover, in the transaction that accepted the transfer (the caller is the receiving
   * service's MANAGER): the old case manager's involvement ends and the caller's agency's begins,
   * the case and client move to its municipality, and the case worker is its staff member named
   * here, or nobody until its MANAGER assigns one. Exactly one active case manager before and after
   * (the database checks it at commit); the case is locked, so nothing writes to it in between.
   */
  async handOver(tx: EntityManager, ctx: RequestContext, accepted: AcceptedTransfer, caseWorker: CaseWorker | null): Promise<void> {
    const [current] = await tx.query(
      `SELECT c.client_id AS "clientId", c.status, c.version, a.municipality_code AS municipality
         FROM care_case c, agency a WHERE c.id = $1 AND a.id = $2 FOR UPDATE OF c`, [accepted.caseId, ctx.principal.agency.id]);
    if (current.status === CaseStatus.CLOSED) throw conflict('The case was closed while the transfer waited');
    const [ended] = await updateReturning<{ id: string }>(tx,
      `UPDATE involvement SET ended_at = now(), end_reason = $2
        WHERE case_id = $1 AND role = '${InvolvementRole.CASE_MANAGER}' AND ended_at IS NULL RETURNING id`, [accepted.caseId, accepted.reason]);
    if (!ended) throw conflict('The case has no case manager to hand over from');
    await tx.query(
      `INSERT INTO involvement (id, case_id, agency_id, role, legal_basis, created_by_user_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [accepted.involvementId, accepted.caseId, ctx.principal.agency.id, InvolvementRole.CASE_MANAGER, CASE_MANAGER_BASIS, ctx.principal.userId]);
    await tx.query(
      `UPDATE care_case SET responsible_municipality_code = $2, case_manager_agency_id = NULL, case_manager_user_id = NULL,
              version = version + 1, updated_at = now() WHERE id = $1`, [accepted.caseId, current.municipality]);
    if (caseWorker) {
      await assignCaseWorkerIn(tx, accepted.caseId, { ...caseWorker, agencyId: ctx.principal.agency.id, path: 'caseWorker.userId' },
        ctx.principal.userId);
    }
    await tx.query('UPDATE client SET declared_municipality_code = $2, updated_at = now() WHERE id = $1', [current.clientId, current.municipality]);
    await ctx.audit.write(tx, { caseId: accepted.caseId, roles: [InvolvementRole.CASE_MANAGER], operation: 'acceptReferral', entity: 'Case',
      entityId: accepted.caseId, fields: ['responsibleMunicipality', 'caseManager', 'involvements', 'client.declaredMunicipalityCode'],
      categories: [Category.CASE, Category.IDENTITY], oldVersion: current.version, newVersion: current.version + 1 });
  },
};
