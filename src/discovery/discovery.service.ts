import { checkPersonalCode } from '../clients/personal-code';
import { inTransaction } from '../db/transaction';
import type { RequestContext } from '../graphql/context';
import { AppError, badInput } from '../graphql/errors';
import { CaseExistence } from './case-existence.type';

/** Lookups per user per hour, so discovery cannot be used to enumerate people. */
export const DISCOVERY_LIMIT_PER_HOUR = 30;

export const discoveryService = {
  /** Minimal disclosure: yes/no and the managing service's contact. Audited and rate limited. */
  async caseExists(ctx: RequestContext, personalCode: string): Promise<CaseExistence> {
    const code = checkPersonalCode(personalCode);
    if (!code.valid) throw badInput('personalCode', `The personal code ${code.reason}`);
    return inTransaction(ctx.db, async (tx) => {
      // one user's lookups are counted one at a time, so parallel requests cannot slip past the limit
      const user = [ctx.principal.agency.id, ctx.principal.userId];
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('discovery:' || $1 || ':' || $2))`, user);
      const [{ used }] = await tx.query(
        `SELECT count(*)::int AS used FROM audit_log
          WHERE kind = 'DISCOVERY' AND agency_id = $1 AND user_id = $2 AND at > now() - interval '1 hour'`, user);
      if (used >= DISCOVERY_LIMIT_PER_HOUR) {
        throw new AppError('RATE_LIMITED', `At most ${DISCOVERY_LIMIT_PER_HOUR} lookups per hour; try again later`);
      }
      const rows: { caseId: string; agencyCode: string; name: string; contactEmail: string | null; contactPhone: string | null }[] =
        await tx.query(
          `SELECT c.id AS "caseId", a.code AS "agencyCode", a.name, a.contact_email AS "contactEmail", a.contact_phone AS "contactPhone"
             FROM client cl JOIN care_case c ON c.client_id = cl.id AND c.status <> 'CLOSED'
             JOIN involvement i ON i.case_id = c.id AND i.role = 'CASE_MANAGER' AND i.ended_at IS NULL
             JOIN agency a ON a.id = i.agency_id
            WHERE cl.personal_code = $1 ORDER BY a.code`, [code.canonical]);
      await ctx.audit.discovery(tx, rows[0]?.caseId ?? null);
      const services = [...new Map(rows.map(({ caseId: _caseId, ...s }) => [s.agencyCode, s])).values()];
      return { exists: rows.length > 0, managingServices: services };
    });
  },
};
