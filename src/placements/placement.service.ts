import { Category } from '../access/categories';
import { providedFields } from '../audit/fields';
import { caseService } from '../cases/case.service';
import { readBack } from '../graphql/loader-utils';
import { producesId, runMutation } from '../graphql/mutation';
import type { RequestContext } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { dateOrder, text } from '../graphql/validate';
import { Placement, PlacementType } from './placement.entity';
import { RecordPlacementInput } from './placement.inputs';

export const placementService = {
  /** Records a placement; the case's open placement ends where the new one starts. */
  async record(ctx: RequestContext, input: RecordPlacementInput, idempotencyKey: string | null): Promise<Placement> {
    const foster = input.type === PlacementType.FOSTER_FAMILY;
    if (foster !== (input.fosterForm !== undefined && input.fosterForm !== null)) {
      throw badInput('input.fosterForm', foster ? 'is required for a foster family' : 'applies to foster families only');
    }
    dateOrder('input.endsOn', input.startsOn, input.endsOn);
    const carerName = text('input.carerName', input.carerName, { max: 300 });
    const carerRef = text('input.carerRef', input.carerRef, { max: 100 });
    const courtDecisionRef = text('input.courtDecisionRef', input.courtDecisionRef, { max: 200 });
    if (!carerName && !input.providerAgencyCode && input.type !== PlacementType.BIRTH_FAMILY) {
      throw badInput('input.carerName', 'a carer or a provider is required');
    }
    const id = await runMutation(ctx, producesId('recordPlacement', idempotencyKey, { input }), async (tx) => {
      let providerId: string | null = null;
      if (input.providerAgencyCode) {
        const [provider] = await tx.query(
          `SELECT id FROM agency WHERE code = $1 AND kind IN ('INSTITUTION', 'SERVICE_PROVIDER')`, [input.providerAgencyCode]);
        if (!provider) throw badInput('input.providerAgencyCode', 'is not an institution or service provider in the register');
        providerId = provider.id;
      }
      await tx.query(
        'UPDATE placement SET ends_on = $2 WHERE case_id = $1 AND ends_on IS NULL AND starts_on <= $2',
        [input.caseId, input.startsOn]);
      const [row] = await tx.query(
        `INSERT INTO placement AS p (case_id, type, foster_form, carer_name, carer_ref, provider_agency_id, starts_on, ends_on,
                                     court_decision_ref, deciding_agency_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING p.id`,
        [input.caseId, input.type, input.fosterForm ?? null, carerName, carerRef, providerId, input.startsOn, input.endsOn ?? null,
          courtDecisionRef, ctx.principal.agency.id]);
      await caseService.touch(tx, input.caseId);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'recordPlacement',
        entity: 'Placement', entityId: row.id, fields: providedFields(input), categories: [Category.PLACEMENT],
        oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
    return readBack(ctx.loaders.placements.placementById, id, 'Placement');
  },
};
