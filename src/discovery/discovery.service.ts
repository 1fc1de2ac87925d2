import { EntityManager } from 'typeorm';
import { checkPersonalCode } from '../clients';
import { inTransaction } from '../kernel/db/transaction';
import type { RequestContext } from '../kernel/context';
import { AppError, badInput, forbidden } from '../kernel/errors';
import { CaseExistence, ServiceContact } from './case-existence.types';

/** Lookups per user per hour, so discovery cannot be used to enumerate people. */
export const DISCOVERY_LIMIT_PER_HOUR = 30;

/**
 * Takes the caller's turn: one user's lookups (caseExists, openCase of a person managed elsewhere,
 * requestEmergencyAccess) are counted one at a time; RATE_LIMITED when none are left.
 */
export async function spendLookup(ctx: RequestContext, tx: EntityManager): Promise<void> {
  const user = [ctx.principal.agency.id, ctx.principal.userId];
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('discovery:' || $1 || ':' || $2))`, user);
  const [{ used }] = await tx.query(
    `SELECT count(*)::int AS used FROM audit_log
      WHERE kind = 'DISCOVERY' AND agency_id = $1 AND user_id = $2 AND at > now() - interval '1 hour'`, user);
  if (used >= DISCOVERY_LIMIT_PER_HOUR) {
    throw new AppError('RATE_LIMITED', `At most ${DISCOVERY_LIMIT_PER_HOUR} lookups per hour; try again later`);
  }
}

/** The open cases of a person (canonical code) and their managing services: all discovery may disclose. */
async function openCasesOf(tx: EntityManager, canonicalCode: string): Promise<{ caseId: string; agencyId: string; contact: ServiceContact }[]> {
  const rows: { caseId: string; agencyId: string; agencyCode: string; name: string; contactEmail: string | null; contactPhone: string | null }[] =
    await tx.query(
      `SELECT c.id AS "caseId", a.id AS "agencyId", a.code AS "agencyCode", a.name, a.contact_email AS "contactEmail",
              a.contact_phone AS "contactPhone"
         FROM client cl JOIN care_case c ON c.client_id = cl.id AND c.status <> 'CLOSED'
         JOIN involvement i ON i.case_id = c.id AND i.role = 'CASE_MANAGER' AND i.ended_at IS NULL
         JOIN agency a ON a.id = i.agency_id
        WHERE cl.personal_code = $1 ORDER BY a.code`, [canonicalCode]);
  return rows.map(({ caseId, agencyId, ...contact }) => ({ caseId, agencyId, contact }));
}

const distinctServices = (contacts: ServiceContact[]) => [...new Map(contacts.map((c) => [c.agencyCode, c])).values()];

export const discoveryService = {
  /** Minimal disclosure: yes/no and the managing service's contact. Audited and rate limited. */
  async caseExists(ctx: RequestContext, personalCode: string): Promise<CaseExistence> {
    const code = checkPersonalCode(personalCode);
    if (!code.valid) throw badInput('personalCode', `The personal code ${code.reason}`);
    return inTransaction(ctx.db, async (tx) => {
      await spendLookup(ctx, tx);
      const found = await openCasesOf(tx, code.canonical);
      await ctx.audit.discovery(tx, found[0]?.caseId ?? null, 'caseExists');
      return { exists: found.length > 0, managingServices: distinctServices(found.map((f) => f.contact)) };
    });
  },

  /**
   * Before a social service opens a case: when the person has an open case managed by another
   * agency, the answer is what discovery would answer (FORBIDDEN with the managing services'
   * contacts), audited and counted as a lookup. Otherwise nothing is disclosed and the opening
   * goes on, so a person known elsewhere with only closed cases looks like a person not known.
   * Every call needs a lookup left, so RATE_LIMITED does not depend on the person either.
   */
  async refuseIfManagedElsewhere(ctx: RequestContext, canonicalCode: string): Promise<void> {
    const elsewhere = await inTransaction(ctx.db, async (tx) => {
      await spendLookup(ctx, tx);
      const found = (await openCasesOf(tx, canonicalCode)).filter((f) => f.agencyId !== ctx.principal.agency.id);
      if (found.length > 0) await ctx.audit.discovery(tx, found[0].caseId, 'openCase');
      return distinctServices(found.map((f) => f.contact));
    });
    if (elsewhere.length > 0) throw managedElsewhere(elsewhere);
  },
};

/** The one answer for a person whose case another social service manages. */
export function managedElsewhere(managingServices: ServiceContact[]): AppError {
  const error = forbidden('An open case exists for this person, managed by another social service; ask it to transfer the case');
  Object.assign(error.extensions, { managingServices });
  return error;
}

/** Inside the opening transaction: the same check again, after the person's row is locked. */
export async function managedByOthers(tx: EntityManager, canonicalCode: string, agencyId: string): Promise<boolean> {
  return (await openCasesOf(tx, canonicalCode)).some((f) => f.agencyId !== agencyId);
}
