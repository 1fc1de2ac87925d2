import { Category } from '../kernel/categories';
import { InvolvementRole } from '../kernel/principal';
import { updateReturning } from '../kernel/db/sql';
import { runMutation } from '../kernel/mutation';
import type { RequestContext } from '../kernel/context';
import { badInput } from '../kernel/errors';
import { text } from '../kernel/validate';
import { CaseStatus } from './case.entity';
import { CASE_MANAGER_BASIS } from './case.service';
import { CaseTransfer, TransferCaseInput } from './transfer.types';

export const transferService = {
  /**
   * One transaction: the old case manager's involvement ends, the new municipality's social service
   * becomes the case manager, and the case and client follow the move. Exactly one active case
   * manager before and after (the database checks it at commit).
   */
  async transfer(ctx: RequestContext, input: TransferCaseInput, idempotencyKey: string | null): Promise<CaseTransfer> {
    const reason = text('input.reason', input.reason, { max: 1000, required: true });
    const spec = {
      operation: 'transferCase', idempotencyKey, args: { input },
      remember: (t: CaseTransfer) => ({ caseId: t.caseId, fromAgencyId: t.fromAgencyId, toAgencyId: t.toAgencyId, at: t.at.toISOString() }),
      recall: (m: Record<string, string>) => ({ caseId: m.caseId, fromAgencyId: m.fromAgencyId, toAgencyId: m.toAgencyId, at: new Date(m.at) }),
    };
    return runMutation(ctx, spec, async (tx) => {
      const [current] = await tx.query(
        'SELECT client_id, status, responsible_municipality_code AS municipality, version FROM care_case WHERE id = $1 FOR UPDATE',
        [input.caseId]);
      if (current.status === CaseStatus.CLOSED) throw badInput('input.caseId', 'a closed case cannot be transferred');
      if (current.municipality === input.toMunicipalityCode) {
        throw badInput('input.toMunicipalityCode', 'is already the responsible municipality');
      }
      const [receiving] = await tx.query(
        `SELECT id FROM agency WHERE kind = 'SOCIAL_SERVICE' AND municipality_code = $1 ORDER BY code LIMIT 1`,
        [input.toMunicipalityCode]);
      if (!receiving) throw badInput('input.toMunicipalityCode', 'has no social service in the register');
      const roles = await ctx.facts.rolesInCase(input.caseId);
      const [ended] = await updateReturning<{ agencyId: string }>(tx,
        `UPDATE involvement SET ended_at = now(), end_reason = $2
          WHERE case_id = $1 AND role = '${InvolvementRole.CASE_MANAGER}' AND ended_at IS NULL RETURNING agency_id AS "agencyId"`,
        [input.caseId, reason]);
      await tx.query(
        `INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id) VALUES ($1, $2, $3, $4, $5)`,
        [input.caseId, receiving.id, InvolvementRole.CASE_MANAGER, CASE_MANAGER_BASIS, ctx.principal.userId]);
      await tx.query(
        `UPDATE care_case SET responsible_municipality_code = $2, case_manager_agency_id = NULL, case_manager_user_id = NULL, version = version + 1,
                updated_at = now() WHERE id = $1`, [input.caseId, input.toMunicipalityCode]);
      await tx.query('UPDATE client SET declared_municipality_code = $2, updated_at = now() WHERE id = $1',
        [current.client_id, input.toMunicipalityCode]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles, operation: 'transferCase', entity: 'Case', entityId: input.caseId,
        fields: ['responsibleMunicipality', 'caseManager', 'client.declaredMunicipalityCode'],
        categories: [Category.CASE, Category.IDENTITY], oldVersion: current.version, newVersion: current.version + 1 });
      return { caseId: input.caseId, fromAgencyId: ended.agencyId, toAgencyId: receiving.id, at: new Date() };
    });
  },
};
