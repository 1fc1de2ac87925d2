import { Category } from '../kernel/categories';
import { ROLE_AGENCY_KINDS } from '../access/policy';
import { EmergencyRole, InvolvementRole } from '../kernel/principal';
import { providedFields } from '../access/audit-fields';
import { readBack } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import type { RequestContext } from '../kernel/context';
import { badInput, conflict, notFound } from '../kernel/errors';
import { unknownCode } from '../kernel/reference-codes';
import { text } from '../kernel/validate';
import { addMonthsToInstant } from '../kernel/dates';
import { Involvement } from './involvement.entity';
import { AddInvolvementInput } from './involvement.inputs';

/** A previous provider keeps access for its quarterly situation reviews, by default 12 months. */
export const PREVIOUS_PROVIDER_MONTHS = 12;

export const involvementService = {
  async add(ctx: RequestContext, input: AddInvolvementInput, idempotencyKey: string | null): Promise<Involvement> {
    if (input.role === InvolvementRole.CASE_MANAGER) {
      throw badInput('input.role', 'a case changes its manager only by transfer');
    }
    if (input.role === EmergencyRole.EMERGENCY) {
      throw badInput('input.role', 'emergency access is asked by the agency that needs it (requestEmergencyAccess), never granted');
    }
    const legalBasis = text('input.legalBasis', input.legalBasis, { max: 1000, required: true });
    const validFrom = input.validFrom ?? new Date();
    let validUntil = input.validUntil ?? null;
    if (!validUntil && input.role === InvolvementRole.PREVIOUS_PROVIDER) {
      validUntil = addMonthsToInstant(validFrom, PREVIOUS_PROVIDER_MONTHS);
    }
    if (validUntil && validUntil <= validFrom) throw badInput('input.validUntil', 'must be after validFrom');

    const id = await runMutation(ctx, producesId('addInvolvement', idempotencyKey, { input }), async (tx) => {
      // involvements of one case are added one at a time, so the duplicate check below holds
      await tx.query('SELECT 1 FROM care_case WHERE id = $1 FOR UPDATE', [input.caseId]);
      const [agency] = await tx.query(
        `SELECT a.id, a.kind, a.municipality_code = cl.declared_municipality_code AS "ofClientMunicipality",
                c.target_group = 'ADULT_WITH_MENTAL_DISORDER' AS adult
           FROM agency a, care_case c JOIN client cl ON cl.id = c.client_id WHERE a.code = $1 AND c.id = $2`,
        [input.agencyCode, input.caseId]);
      if (!agency) throw unknownCode('input.agencyCode', 'agency', input.agencyCode);
      if (!ROLE_AGENCY_KINDS[input.role].includes(agency.kind)) {
        throw badInput('input.role', `an agency of kind ${agency.kind} cannot take the role ${input.role}`);
      }
      // the court in a case is the one with jurisdiction: the orphan court of the client's municipality
      // an adult has no orphan court (ACCESS.md: the court with jurisdiction, for children)
      if (input.role === InvolvementRole.ORPHAN_COURT && agency.adult) {
        throw badInput('input.role', "an adult's case has no orphan court");
      }
      if (input.role === InvolvementRole.ORPHAN_COURT && !agency.ofClientMunicipality) {
        throw badInput('input.agencyCode', "is not the orphan court of the client's municipality");
      }
      const [duplicate] = await tx.query(
        `SELECT 1 FROM involvement WHERE case_id = $1 AND agency_id = $2 AND role = $3 AND ended_at IS NULL
            AND (valid_until IS NULL OR valid_until > now())`, [input.caseId, agency.id, input.role]);
      if (duplicate) throw conflict('The agency already has this role in the case');
      const [row] = await tx.query(
        `INSERT INTO involvement AS i (case_id, agency_id, role, valid_from, valid_until, legal_basis, created_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING i.id`,
        [input.caseId, agency.id, input.role, validFrom, validUntil, legalBasis, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'addInvolvement',
        entity: 'Involvement', entityId: row.id, fields: providedFields(input), categories: [Category.CASE], oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
    return readBack(ctx.loaders.involvements.involvementById, id, 'Involvement');
  },

  /** Ends an involvement now: the agency loses access to the case at once. */
  async end(ctx: RequestContext, id: string, reason: string | undefined, idempotencyKey: string | null): Promise<Involvement> {
    const endReason = text('reason', reason, { max: 1000 });
    await runMutation(ctx, producesId('endInvolvement', idempotencyKey, { id, reason }), async (tx) => {
      const [current] = await tx.query('SELECT role, ended_at, case_id FROM involvement WHERE id = $1 FOR UPDATE', [id]);
      if (!current) throw notFound('Involvement');
      if (current.role === InvolvementRole.CASE_MANAGER) {
        throw badInput('id', "the case manager's involvement ends only by transfer or closure");
      }
      if (current.ended_at) throw conflict('The involvement has already ended');
      await tx.query('UPDATE involvement SET ended_at = now(), end_reason = $2 WHERE id = $1', [id, endReason]);
      await ctx.audit.write(tx, { caseId: current.case_id, roles: await ctx.facts.rolesInCase(current.case_id), operation: 'endInvolvement',
        entity: 'Involvement', entityId: id, fields: ['endedAt', 'endReason'], categories: [Category.CASE], oldVersion: null, newVersion: null });
      return id;
    });
    return readBack(ctx.loaders.involvements.involvementById, id, 'Involvement');
  },
};
