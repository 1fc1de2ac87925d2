import { EntityManager } from 'typeorm';
import { Category } from '../kernel/categories';
import { providedFields } from '../access/audit-fields';
import { ROLE_AGENCY_KINDS } from '../access/policy';
import { InvolvementRole } from '../kernel/principal';
import { checkEventDate, TargetGroup } from '../cases';
import { carerFormRule } from '../reference';
import type { RequestContext } from '../kernel/context';
import { badInput } from '../kernel/errors';
import { unknownCode } from '../kernel/reference-codes';
import { readBack } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { dateOrder, text } from '../kernel/validate';
import { youthHomeStayRefusal } from './age-rules';
import { ageOn, checkFosterCapacity } from './capacity';
import { homeLimitException } from './home-limits.service';
import { checkCarerPlacement } from './carer-placement';
import { FosterForm, Placement, PlacementType } from './placement.entity';
import { PlacementDetailsInput, RecordPlacementInput } from './placement.inputs';

/** Who may provide a placement: a residential institution or a community service provider. */
/** Who provides a placement: whoever may be a case's current provider (institutions, service providers, crisis centres). */
const PROVIDER_KINDS: ReadonlySet<string> = new Set(ROLE_AGENCY_KINDS[InvolvementRole.CURRENT_PROVIDER]);

/** Checks a placement's own fields; `path` is where it sits in the input (e.g. `input.newPlacement`). */
function validate(details: PlacementDetailsInput, path: string) {
  const foster = details.type === PlacementType.FOSTER_FAMILY;
  if (foster !== (details.fosterForm !== undefined && details.fosterForm !== null)) {
    throw badInput(`${path}.fosterForm`, foster ? 'is required for a foster family' : 'applies to foster families only');
  }
  dateOrder(`${path}.endsOn`, details.startsOn, details.endsOn);
  const carerName = text(`${path}.carerName`, details.carerName, { max: 300 });
  const carerRef = text(`${path}.carerRef`, details.carerRef, { max: 100 });
  if (foster && !carerRef && !details.carerId) {
    throw badInput(`${path}.carerId`, 'is required for a foster family (capacity and term are counted per family)');
  }
  if (details.carerId && !details.courtDecisionRef?.trim()) {
    throw badInput(`${path}.courtDecisionRef`, "is required with a carer: the orphan court's decision places the child");
  }
  if (details.carerId && carerRef) throw badInput(`${path}.carerRef`, 'is for placements before the carer register; give carerId only');
  if (!carerName && !details.carerId && !details.providerAgencyCode && details.type !== PlacementType.BIRTH_FAMILY) {
    throw badInput(`${path}.carerName`, 'a carer or a provider is required');
  }
  return {
    carerName, carerRef,
    courtDecisionRef: text(`${path}.courtDecisionRef`, details.courtDecisionRef, { max: 200 }),
    exceptionReason: text(`${path}.capacityExceptionReason`, details.capacityExceptionReason, { max: 1000 }),
  };
}

/** Refuses a child a foster family has no room for (siblings may be an exception, recorded). */
async function fosterException(tx: EntityManager, caseId: string, form: FosterForm, carerRef: string, details: PlacementDetailsInput,
  exceptionReason: string | null, path: string): Promise<string | null> {
  // placements with one family are counted one at a time
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('foster:' || $1))`, [carerRef]);
  const children: { birthDate: string | null; targetGroup: TargetGroup }[] = await tx.query(
    `SELECT cl.birth_date AS "birthDate", c.target_group AS "targetGroup"
       FROM placement p JOIN care_case c ON c.id = p.case_id JOIN client cl ON cl.id = c.client_id
      WHERE p.carer_ref = $1 AND p.type = 'FOSTER_FAMILY' AND p.case_id <> $3
        -- every child whose stay overlaps the new one's, future placements included
        AND p.starts_on < COALESCE($4::date, 'infinity'::date) AND COALESCE(p.ends_on, 'infinity'::date) > $2
     UNION ALL
     SELECT cl.birth_date, c.target_group FROM care_case c JOIN client cl ON cl.id = c.client_id WHERE c.id = $3`,
    [carerRef, details.startsOn, caseId, details.endsOn ?? null]);
  // the register's rule, as the last sync left it (the sync at start-up always brings every form's)
  const rule = await carerFormRule(tx, form);
  if (!rule) throw new Error(`the carer form register has no rule for ${form}: run npm run reference:sync`);
  const decision = checkFosterCapacity(form, children.map((c) => ({ age: ageOn(c.birthDate, details.startsOn),
    specialNeeds: c.targetGroup === TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT })), details.siblingGroup, exceptionReason, rule);
  if (!decision.ok) throw badInput(`${path}.carerRef`, decision.reason);
  return decision.exception;
}

/** A youth home only for the ages it serves (age-rules.ts), judged on the client's recorded birth date. */
async function checkYouthHome(tx: EntityManager, caseId: string, details: PlacementDetailsInput, path: string): Promise<void> {
  const [client]: { birthDate: string | null }[] = await tx.query(
    'SELECT cl.birth_date AS "birthDate" FROM care_case c JOIN client cl ON cl.id = c.client_id WHERE c.id = $1', [caseId]);
  const refusal = youthHomeStayRefusal(client?.birthDate ?? null, details.startsOn, details.endsOn ?? null);
  if (refusal) throw badInput(refusal.at === 'start' ? `${path}.type` : `${path}.endsOn`, refusal.reason);
}

/**
 * Writes a placement inside a transaction: the case's open placement ends where the new one
 * starts. Used by recordPlacement and by a transition between providers.
 */
export async function placeClient(ctx: RequestContext, tx: EntityManager, caseId: string, details: PlacementDetailsInput,
  path: string): Promise<string> {
  const valid = validate(details, path);
  if (details.type === PlacementType.YOUTH_HOME) await checkYouthHome(tx, caseId, details, path);
  let providerId: string | null = null;
  if (details.providerAgencyCode) {
    const [provider] = await tx.query('SELECT id, kind FROM agency WHERE code = $1', [details.providerAgencyCode]);
    if (!provider) throw unknownCode(`${path}.providerAgencyCode`, 'agency', details.providerAgencyCode);
    if (!PROVIDER_KINDS.has(provider.kind)) {
      throw badInput(`${path}.providerAgencyCode`, `is an agency of kind ${provider.kind}, not an institution or service provider`);
    }
    providerId = provider.id;
  }
  const beforeOpening = await checkEventDate(tx, caseId, `${path}.startsOn`, details.startsOn, ctx.settings.backdateWindowDays);
  const exception = details.carerId
    ? await checkCarerPlacement(tx, caseId, details.carerId, details, valid.exceptionReason, path)
    : details.fosterForm && valid.carerRef
      ? await fosterException(tx, caseId, details.fosterForm, valid.carerRef, details, valid.exceptionReason, path)
      : await homeLimitException(tx, caseId, details, providerId, valid.exceptionReason, path);
  await tx.query('UPDATE placement SET ends_on = $2 WHERE case_id = $1 AND ends_on IS NULL AND starts_on <= $2',
    [caseId, details.startsOn]);
  const [row] = await tx.query(
    `INSERT INTO placement (case_id, type, foster_form, carer_name, carer_ref, provider_agency_id, starts_on, ends_on,
                            court_decision_ref, deciding_agency_id, sibling_group, capacity_exception, before_case_opened, carer_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [caseId, details.type, details.fosterForm ?? null, valid.carerName, valid.carerRef, providerId, details.startsOn,
      details.endsOn ?? null, valid.courtDecisionRef, ctx.principal.agency.id, details.siblingGroup, exception, beforeOpening,
      details.carerId ?? null]);
  return row.id as string;
}

export const placementService = {
  /** Records a placement decided by the orphan court. */
  async record(ctx: RequestContext, input: RecordPlacementInput, idempotencyKey: string | null): Promise<Placement> {
    const id = await runMutation(ctx, producesId('recordPlacement', idempotencyKey, { input }), async (tx) => {
      const placementId = await placeClient(ctx, tx, input.caseId, input, 'input');
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'recordPlacement',
        entity: 'Placement', entityId: placementId, fields: providedFields(input), categories: [Category.PLACEMENT],
        oldVersion: null, newVersion: 1 });
      return placementId;
    });
    return readBack(ctx.loaders.placements.placementById, id, 'Placement');
  },
};
