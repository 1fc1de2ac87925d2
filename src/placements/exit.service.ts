import { providedFields } from '../access/audit-fields';
import { TargetGroup } from '../cases';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { today } from '../kernel/dates';
import { badInput } from '../kernel/errors';
import { readBack, uuids } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { ageInYears } from './age-rules';
import { ExitDestination, Placement, PlacementType } from './placement.entity';
import { RecordExitFromCareInput } from './exit.types';

interface Stay {
  type: PlacementType; startsOn: string; endsOn: string | null; exitDestination: string | null; targetGroup: TargetGroup;
  birthDate: string | null; later: boolean;
}

/** Adulthood (pilngadība) in Latvia: the 18th birthday. */
const ADULT_AT = 18;

export const exitService = {
  /**
   * Records a child's exit from out-of-family care on its placement's end (the orphan court's, as
   * every placement decision): the placement ends on the day with its destination. Only the case's
   * latest placement, outside the birth family, not exited already; a child "reached adulthood" only
   * from the 18th birthday.
   */
  async record(ctx: RequestContext, input: RecordExitFromCareInput, idempotencyKey: string | null): Promise<Placement> {
    if (input.exitedOn > today()) throw badInput('input.exitedOn', 'must not be in the future');
    await runMutation(ctx, producesId('recordExitFromCare', idempotencyKey, { input }), async (tx) => {
      const [stay]: Stay[] = uuids([input.placementId]).length === 0 ? [] : await tx.query(
        `SELECT pl.type, pl.starts_on AS "startsOn", pl.ends_on AS "endsOn", pl.exit_destination AS "exitDestination",
                c.target_group AS "targetGroup", cl.birth_date AS "birthDate",
                EXISTS (SELECT 1 FROM placement q WHERE q.case_id = pl.case_id AND q.id <> pl.id AND q.starts_on >= pl.starts_on) AS later
           FROM placement pl JOIN care_case c ON c.id = pl.case_id JOIN client cl ON cl.id = c.client_id
          WHERE pl.id = $1 AND pl.case_id = $2 FOR UPDATE OF pl`, [input.placementId, input.caseId]);
      if (!stay) throw badInput('input.placementId', 'is not a placement of this case');
      if (stay.targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER || stay.type === PlacementType.BIRTH_FAMILY) {
        throw badInput('input.placementId', "an exit from care ends a child's placement in out-of-family care");
      }
      if (stay.exitDestination) throw badInput('input.placementId', 'the child has already left care from this placement');
      if (stay.later) throw badInput('input.placementId', 'is not the latest placement: the child moved on to another one');
      if (input.exitedOn < stay.startsOn) throw badInput('input.exitedOn', `must not be before the placement began (${stay.startsOn})`);
      if (input.destination === ExitDestination.REACHED_ADULTHOOD
        && (!stay.birthDate || ageInYears(stay.birthDate, input.exitedOn) < ADULT_AT)) {
        throw badInput('input.destination', `the child is not ${ADULT_AT} on ${input.exitedOn}`);
      }
      await tx.query('UPDATE placement SET ends_on = $2, exit_destination = $3 WHERE id = $1',
        [input.placementId, input.exitedOn, input.destination]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId),
        operation: 'recordExitFromCare', entity: 'Placement', entityId: input.placementId, fields: providedFields(input),
        categories: [Category.PLACEMENT], oldVersion: null, newVersion: null });
      return input.placementId;
    });
    return readBack(ctx.loaders.placements.placementById, input.placementId, 'Placement');
  },
};
