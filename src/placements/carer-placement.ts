import { EntityManager } from 'typeorm';
import { TargetGroup } from '../cases';
import { addDays } from '../kernel/dates';
import { badInput } from '../kernel/errors';
import { uuids } from '../kernel/loaders';
import { carerFormRule } from '../reference';
import { ageOn, checkFosterCapacity } from './capacity';
import { FosterForm, PlacementType } from './placement.entity';
import { PlacementDetailsInput } from './placement.inputs';

/** The placement type each kind of carer takes children in. */
const TYPE_OF_CARER: Record<string, PlacementType> = {
  FOSTER_FAMILY: PlacementType.FOSTER_FAMILY, GUARDIAN: PlacementType.GUARDIAN, ADOPTER: PlacementType.ADOPTION_PRE_PLACEMENT,
  FAMILY_TYPE_HOME: PlacementType.FAMILY_LIKE_CARE_HOME,
};

/**
 * A placement with a carer of the register: the carer is active and of the placement's kind, a
 * foster family takes the child only in a form the orphan court recognised it for, within the
 * form's capacity (every stay with the carer that overlaps the new one counts, future ones too;
 * siblings placed together may exceed it where the form allows, the reason recorded) and its term.
 * The carer's row is locked first, so parallel placements with one carer are judged one after the
 * other: of two into its last place, one wins. Returns the capacity exception to record, if any.
 */
export async function checkCarerPlacement(tx: EntityManager, caseId: string, carerId: string, details: PlacementDetailsInput,
  exceptionReason: string | null, path: string): Promise<string | null> {
  const [carer]: { kind: string; status: string }[] = uuids([carerId]).length === 0 ? []
    : await tx.query('SELECT kind, status FROM carer WHERE id = $1 FOR UPDATE', [carerId]);
  if (!carer) throw badInput(`${path}.carerId`, 'is not a carer of the register');
  if (carer.status !== 'ACTIVE') throw badInput(`${path}.carerId`, `the carer is ${carer.status}; only an ACTIVE carer takes a child`);
  if (TYPE_OF_CARER[carer.kind] !== details.type) {
    throw badInput(`${path}.type`, `a ${carer.kind} carer takes a child as ${TYPE_OF_CARER[carer.kind]}, not ${details.type}`);
  }
  if (details.type !== PlacementType.FOSTER_FAMILY) return null;
  const form = details.fosterForm as FosterForm;
  const [recognised] = await tx.query('SELECT 1 FROM carer_form WHERE carer_id = $1 AND form = $2', [carerId, form]);
  if (!recognised) {
    const forms: { form: string }[] = await tx.query('SELECT form FROM carer_form WHERE carer_id = $1 ORDER BY form', [carerId]);
    throw badInput(`${path}.fosterForm`, `the orphan court recognised this family for ${forms.map((f) => f.form).join(', ') || 'no form'}, not ${form}`);
  }
  const rule = await carerFormRule(tx, form);
  if (!rule) throw new Error(`the carer form register has no rule for ${form}: run npm run reference:sync`);
  if (rule.maxTermDays) {
    const latest = addDays(details.startsOn, rule.maxTermDays);
    if (!details.endsOn || details.endsOn > latest) {
      throw badInput(`${path}.endsOn`, `a ${form} placement lasts at most ${rule.maxTermDays} days (${rule.term}): it ends by ${latest}`);
    }
  }
  const children: { birthDate: string | null; targetGroup: TargetGroup; form: FosterForm }[] = await tx.query(
    `SELECT cl.birth_date AS "birthDate", c.target_group AS "targetGroup", p.foster_form AS form
       FROM placement p JOIN care_case c ON c.id = p.case_id JOIN client cl ON cl.id = c.client_id
      WHERE p.carer_id = $1 AND p.case_id <> $3
        AND p.starts_on < COALESCE($4::date, 'infinity'::date) AND COALESCE(p.ends_on, 'infinity'::date) > $2
     UNION ALL
     SELECT cl.birth_date, c.target_group, $5 FROM care_case c JOIN client cl ON cl.id = c.client_id WHERE c.id = $3`,
    [carerId, details.startsOn, caseId, details.endsOn ?? null, form]);
  const placed = children.map((c) => ({ age: ageOn(c.birthDate, details.startsOn),
    specialNeeds: c.targetGroup === TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT }));
  // every form a child lives there in keeps its own rule: a family recognised for two forms is held to the stricter
  let exception: string | null = null;
  for (const other of [form, ...new Set(children.map((c) => c.form).filter((f) => f !== form))]) {
    const otherRule = other === form ? rule : await carerFormRule(tx, other);
    if (!otherRule) throw new Error(`the carer form register has no rule for ${other}: run npm run reference:sync`);
    const decision = checkFosterCapacity(other, placed, details.siblingGroup, exceptionReason, otherRule);
    if (!decision.ok) throw badInput(`${path}.carerId`, decision.reason);
    exception ??= decision.exception;
  }
  return exception;
}
