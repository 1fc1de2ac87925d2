import { providedFields } from '../access/audit-fields';
import { TargetGroup } from '../cases';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { addMonths, today } from '../kernel/dates';
import type { Sql } from '../kernel/db/sql';
import { badInput, conflict } from '../kernel/errors';
import { readBack } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { pastDate, text } from '../kernel/validate';
import { BirthFamilyContact, BirthFamilyContactStatus, PlanBirthFamilyContactInput, UpdateBirthFamilyContactInput } from './contact.types';

/** Whether the case's child lives outside the birth family on the day (a placement of another type covers it). */
const IN_CARE_ON = `EXISTS (SELECT 1 FROM placement p WHERE p.case_id = c.id AND p.type <> 'BIRTH_FAMILY'
                      AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2))`;

async function checkInCare(tx: Sql, caseId: string, on: string, path: string): Promise<void> {
  const [found]: { targetGroup: TargetGroup; inCare: boolean }[] = await tx.query(
    `SELECT c.target_group AS "targetGroup", ${IN_CARE_ON} AS "inCare" FROM care_case c WHERE c.id = $1 FOR NO KEY UPDATE OF c`, [caseId, on]);
  if (!found) throw badInput('input.caseId', 'is not a case');
  if (found.targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER) {
    throw badInput('input.caseId', "contacts with the birth family are for a child in out-of-family care; this is an adult's case");
  }
  if (!found.inCare) throw badInput(path, `the child lives outside the birth family on no placement on ${on}; a contact is planned during out-of-family care`);
}

export const birthFamilyService = {
  /** Plans a contact with the birth family for a child in out-of-family care on the day; the caller's agency organises it. */
  async plan(ctx: RequestContext, input: PlanBirthFamilyContactInput, idempotencyKey: string | null): Promise<BirthFamilyContact> {
    const participants = text('input.participants', input.participants, { max: 1000, required: true }) as string;
    const place = text('input.place', input.place, { max: 500 });
    if (input.plannedOn > addMonths(today(), 12)) throw badInput('input.plannedOn', 'must be at most a year ahead');
    const id = await runMutation(ctx, producesId('planBirthFamilyContact', idempotencyKey, { input }), async (tx) => {
      await checkInCare(tx, input.caseId, input.plannedOn, 'input.plannedOn');
      const [row] = await tx.query(
        `INSERT INTO birth_family_contact (case_id, kind, status, planned_on, place, participants, organising_agency_id, organised_by_user_id)
         VALUES ($1, $2, 'PLANNED', $3, $4, $5, $6, $7) RETURNING id`,
        [input.caseId, input.kind, input.plannedOn, place, participants, ctx.principal.agency.id, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'planBirthFamilyContact',
        entity: 'BirthFamilyContact', entityId: row.id, fields: providedFields(input), categories: [Category.FAMILY], oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
    return readBack(ctx.loaders.birthFamily.contactById, id, 'Birth-family contact');
  },

  /**
   * What became of a planned contact (held, with the day and the outcome; or cancelled), or a
   * correction of its plan, day or place. A held or cancelled contact keeps its status; its outcome
   * and place may still be corrected.
   */
  async update(ctx: RequestContext, id: string, input: UpdateBirthFamilyContactInput, idempotencyKey: string | null): Promise<BirthFamilyContact> {
    const outcome = input.outcome === undefined ? undefined : text('input.outcome', input.outcome, { max: 4000 });
    const place = input.place === undefined ? undefined : text('input.place', input.place, { max: 500 });
    const heldOn = input.heldOn === undefined || input.heldOn === null ? null : pastDate('input.heldOn', input.heldOn);
    await runMutation(ctx, producesId('updateBirthFamilyContact', idempotencyKey, { id, input }), async (tx) => {
      const [current]: { caseId: string; status: BirthFamilyContactStatus; version: number; plannedOn: string; outcome: string | null }[] = await tx.query(
        `SELECT case_id AS "caseId", status, version, planned_on::text AS "plannedOn", outcome FROM birth_family_contact WHERE id = $1 FOR UPDATE`,
        [id]);
      if (current.version !== input.expectedVersion) {
        throw conflict(`The contact has changed since version ${input.expectedVersion}; it is now at version ${current.version}`,
          { currentVersion: current.version });
      }
      const status = input.status ?? current.status;
      if (status !== current.status && current.status !== BirthFamilyContactStatus.PLANNED) {
        throw badInput('input.status', `the contact is already ${current.status}; only a PLANNED contact is held or cancelled`);
      }
      const becomesHeld = status === BirthFamilyContactStatus.HELD && current.status === BirthFamilyContactStatus.PLANNED;
      if (becomesHeld) {
        if (!heldOn) throw badInput('input.heldOn', 'is required when the contact is HELD');
        if (!outcome) throw badInput('input.outcome', 'is required when the contact is HELD: what came of it');
        await checkInCare(tx, current.caseId, heldOn, 'input.heldOn');
      } else if (heldOn) {
        throw badInput('input.heldOn', 'is given only when the contact becomes HELD');
      }
      if (status === BirthFamilyContactStatus.HELD && outcome === null) throw badInput('input.outcome', 'a held contact keeps its outcome');
      if (input.plannedOn !== undefined && input.plannedOn !== null) {
        if (current.status !== BirthFamilyContactStatus.PLANNED || status !== BirthFamilyContactStatus.PLANNED) {
          throw badInput('input.plannedOn', 'only a contact still PLANNED is moved to another day');
        }
        if (input.plannedOn > addMonths(today(), 12)) throw badInput('input.plannedOn', 'must be at most a year ahead');
        await checkInCare(tx, current.caseId, input.plannedOn, 'input.plannedOn');
      }
      await tx.query(
        `UPDATE birth_family_contact SET status = $2, held_on = COALESCE($3, held_on), outcome = CASE WHEN $4 THEN $5 ELSE outcome END,
                place = CASE WHEN $6 THEN $7 ELSE place END, planned_on = COALESCE($8, planned_on), version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, status, heldOn, outcome !== undefined, outcome ?? null, place !== undefined, place ?? null, input.plannedOn ?? null]);
      const { expectedVersion: _expected, ...changed } = input;
      await ctx.audit.write(tx, { caseId: current.caseId, roles: await ctx.facts.rolesInCase(current.caseId), operation: 'updateBirthFamilyContact',
        entity: 'BirthFamilyContact', entityId: id, fields: providedFields(changed), categories: [Category.FAMILY],
        oldVersion: current.version, newVersion: current.version + 1 });
      return id;
    });
    return readBack(ctx.loaders.birthFamily.contactById, id, 'Birth-family contact');
  },
};
