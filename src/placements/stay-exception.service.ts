import { Category } from '../kernel/categories';
import { providedFields } from '../access/audit-fields';
import { TargetGroup } from '../cases';
import type { RequestContext } from '../kernel/context';
import { badInput } from '../kernel/errors';
import { readBack, uuids } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { Placement, PlacementType } from './placement.entity';
import { longestStay, stayLimitSql } from './stay-limits';
import { RecordStayLimitExceptionInput } from './stay-exception.types';

interface Stay { type: PlacementType; startsOn: string; targetGroup: TargetGroup; birthDate: string | null; limitOn: string }

export const stayExceptionService = {
  /**
   * Records the court's decision extending the stay limit of a child's institution placement; the
   * INSTITUTION_STAY_LIMIT due item moves to the new limit in the same transaction (its trigger).
   * Only ever an extension, and never beyond what 004 allows (STAY_EXCEPTION_MONTHS).
   */
  async record(ctx: RequestContext, input: RecordStayLimitExceptionInput, idempotencyKey: string | null): Promise<Placement> {
    const decisionRef = text('input.decisionRef', input.decisionRef, { max: 200, required: true });
    await runMutation(ctx, producesId('recordStayLimitException', idempotencyKey, { input }), async (tx) => {
      // the placement's row lock: two decisions on one stay are judged one after the other
      const [stay]: Stay[] = uuids([input.placementId]).length === 0 ? [] : await tx.query(
        `SELECT pl.type, pl.starts_on AS "startsOn", c.target_group AS "targetGroup", cl.birth_date AS "birthDate",
                ${stayLimitSql('pl', 'cl')} AS "limitOn"
           FROM placement pl JOIN care_case c ON c.id = pl.case_id JOIN client cl ON cl.id = c.client_id
          WHERE pl.id = $1 AND pl.case_id = $2 FOR UPDATE OF pl`, [input.placementId, input.caseId]);
      if (!stay) throw badInput('input.placementId', 'is not a placement of this case');
      if (stay.type !== PlacementType.INSTITUTION || stay.targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER) {
        throw badInput('input.placementId', "stay limits apply to a child's placement in an institution only");
      }
      if (!stay.birthDate) throw badInput('input.placementId', "the child's birth date is not recorded, so no stay limit applies");
      if (input.newLimitOn <= stay.limitOn) throw badInput('input.newLimitOn', `must be later than the current limit (${stay.limitOn})`);
      const longest = longestStay(stay.birthDate, stay.startsOn);
      if (input.newLimitOn > longest.limit) {
        throw badInput('input.newLimitOn', `a stay of a child ${longest.young ? 'under 4' : 'from 4'} when it began may be extended `
          + `to at most ${longest.months} months (${longest.limit})`);
      }
      const [row] = await tx.query(
        `INSERT INTO placement_stay_exception (case_id, placement_id, decision_ref, new_limit_on, deciding_agency_id, decided_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.caseId, input.placementId, decisionRef, input.newLimitOn, ctx.principal.agency.id, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId),
        operation: 'recordStayLimitException', entity: 'StayLimitException', entityId: row.id, fields: providedFields(input),
        categories: [Category.PLACEMENT], oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
    return readBack(ctx.loaders.placements.placementById, input.placementId, 'Placement');
  },
};
