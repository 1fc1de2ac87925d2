import { EntityManager } from 'typeorm';
import { providedFields } from '../access/audit-fields';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { addMonths, today } from '../kernel/dates';
import { badInput, conflict } from '../kernel/errors';
import { readBack, uuids } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { unknownCode } from '../kernel/reference-codes';
import { text } from '../kernel/validate';
import {
  AdmitFromWaitingListInput, ApplicationStatus, ApplicationStepInput, ApplyForLongTermCareInput, CareApplication, LongTermCareService,
  OfferPlaceInput, RemoveFromWaitingListInput,
} from './application.types';

/**
 * How recent the assessment an admission to a state social care centre is decided on must be (004 L:
 * every client waiting for long-term care is assessed; the admission rests on an assessment of the
 * last 12 months, as the yearly reassessment of DOMAIN.md).
 */
export const ADMISSION_ASSESSMENT_MONTHS = 12;

const OPEN: readonly string[] = [ApplicationStatus.WAITING, ApplicationStatus.PLACE_OFFERED];

interface Current { service: LongTermCareService; status: ApplicationStatus; appliedOn: string; offeredOn: string | null; version: number }

function notFuture(path: string, date: string): void {
  if (date > today()) throw badInput(path, 'must not be in the future');
}

/** The application under its row lock, at the version the step was based on, still on the list. */
async function lockOpen(tx: EntityManager, input: ApplicationStepInput): Promise<Current> {
  const [row]: Current[] = uuids([input.applicationId]).length === 0 ? [] : await tx.query(
    `SELECT service, status, applied_on AS "appliedOn", offered_on AS "offeredOn", version FROM care_application
      WHERE id = $1 AND case_id = $2 FOR UPDATE`, [input.applicationId, input.caseId]);
  if (!row) throw badInput('input.applicationId', 'is not an application of this case');
  if (row.version !== input.expectedVersion) {
    throw conflict(`The application is at version ${row.version}, not ${input.expectedVersion}: read it again`);
  }
  if (!OPEN.includes(row.status)) throw badInput('input.applicationId', `is no longer on the waiting list (${row.status})`);
  return row;
}

/** One step of an application: the write and its audit, in one transaction, answered with the application. */
async function step(ctx: RequestContext, operation: string, idempotencyKey: string | null, input: ApplicationStepInput,
  write: (tx: EntityManager, current: Current) => Promise<void>): Promise<CareApplication> {
  await runMutation(ctx, producesId(operation, idempotencyKey, { input }), async (tx) => {
    const current = await lockOpen(tx, input);
    await write(tx, current);
    await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation,
      entity: 'CareApplication', entityId: input.applicationId, fields: providedFields(input), categories: [Category.PLAN],
      oldVersion: current.version, newVersion: current.version + 1 });
    return input.applicationId;
  });
  return readBack(ctx.loaders.waitingList.applicationById, input.applicationId, 'CareApplication');
}

export const applicationService = {
  /** Puts a client on the waiting list for a long-term care service (one open application per service). */
  async apply(ctx: RequestContext, input: ApplyForLongTermCareInput, idempotencyKey: string | null): Promise<CareApplication> {
    notFuture('input.appliedOn', input.appliedOn);
    const id = await runMutation(ctx, producesId('applyForLongTermCare', idempotencyKey, { input }), async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO care_application (case_id, service, applied_on, created_by_agency_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (case_id, service) WHERE status IN ('WAITING', 'PLACE_OFFERED') DO NOTHING RETURNING id`,
        [input.caseId, input.service, input.appliedOn, ctx.principal.agency.id]);
      if (!row) throw badInput('input.service', `the client is already on the waiting list for ${input.service}`);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'applyForLongTermCare',
        entity: 'CareApplication', entityId: row.id, fields: providedFields(input), categories: [Category.PLAN], oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
    return readBack(ctx.loaders.waitingList.applicationById, id, 'CareApplication');
  },

  /** Offers a place with a provider the register lists for the service. */
  offerPlace(ctx: RequestContext, input: OfferPlaceInput, idempotencyKey: string | null): Promise<CareApplication> {
    notFuture('input.offeredOn', input.offeredOn);
    return step(ctx, 'offerPlace', idempotencyKey, input, async (tx, current) => {
      if (input.offeredOn < current.appliedOn) throw badInput('input.offeredOn', `must not be before the application (${current.appliedOn})`);
      const [provider]: { id: string; offers: boolean }[] = await tx.query(
        `SELECT a.id, EXISTS (SELECT 1 FROM provider_service ps WHERE ps.agency_code = a.code AND ps.service_type = $2 AND ps.places > 0) AS offers
           FROM agency a WHERE a.code = $1`, [input.providerAgencyCode, current.service]);
      if (!provider) throw unknownCode('input.providerAgencyCode', 'agency', input.providerAgencyCode);
      if (!provider.offers) throw badInput('input.providerAgencyCode', `the provider register lists no places of ${current.service} with this provider`);
      await tx.query(`UPDATE care_application SET status = 'PLACE_OFFERED', offered_provider_agency_id = $2, offered_on = $3,
                        version = version + 1 WHERE id = $1`, [input.applicationId, provider.id, input.offeredOn]);
    });
  },

  /**
   * Admits a client offered a place. The mandatory assessment is always named; an admission to a
   * state social care centre needs one from the last 12 months and the pre-admission summary (004 L:
   * the community services tried and why they were not enough).
   */
  admit(ctx: RequestContext, input: AdmitFromWaitingListInput, idempotencyKey: string | null): Promise<CareApplication> {
    notFuture('input.admittedOn', input.admittedOn);
    const whyNotEnough = text('input.whyNotEnough', input.whyNotEnough, { max: 5000 });
    const tried = [...new Set(input.servicesTried ?? [])];
    return step(ctx, 'admitFromWaitingList', idempotencyKey, input, async (tx, current) => {
      if (current.status !== ApplicationStatus.PLACE_OFFERED || !current.offeredOn) {
        throw badInput('input.applicationId', 'no place has been offered yet (offerPlace)');
      }
      if (input.admittedOn < current.offeredOn) throw badInput('input.admittedOn', `must not be before the offer (${current.offeredOn})`);
      const [assessment]: { assessedOn: string }[] = uuids([input.assessmentId]).length === 0 ? [] : await tx.query(
        'SELECT assessed_on AS "assessedOn" FROM assessment WHERE id = $1 AND case_id = $2', [input.assessmentId, input.caseId]);
      if (!assessment) throw badInput('input.assessmentId', "is not an assessment of this client's case: everyone on the waiting list is assessed");
      if (assessment.assessedOn > input.admittedOn) throw badInput('input.assessmentId', 'is dated after the admission');
      if (current.service === LongTermCareService.STATE_SOCIAL_CARE_CENTRE) {
        const since = addMonths(input.admittedOn, -ADMISSION_ASSESSMENT_MONTHS);
        if (assessment.assessedOn <= since) {
          throw badInput('input.assessmentId', `admission to a state social care centre needs an assessment from the last `
            + `${ADMISSION_ASSESSMENT_MONTHS} months (after ${since}); this one is of ${assessment.assessedOn}`);
        }
        if (tried.length === 0) {
          throw badInput('input.servicesTried', 'admission to a state social care centre needs the pre-admission summary: the community services tried');
        }
        if (!whyNotEnough) {
          throw badInput('input.whyNotEnough', 'admission to a state social care centre needs the pre-admission summary: why the community services were not enough');
        }
      }
      await tx.query(`UPDATE care_application SET status = 'ADMITTED', admitted_on = $2, assessment_id = $3, services_tried = $4,
                        why_not_enough = $5, version = version + 1 WHERE id = $1`,
      [input.applicationId, input.admittedOn, input.assessmentId, tried, whyNotEnough]);
    });
  },

  /** Takes an application off the list with a reason (a refusal among them). */
  remove(ctx: RequestContext, input: RemoveFromWaitingListInput, idempotencyKey: string | null): Promise<CareApplication> {
    notFuture('input.removedOn', input.removedOn);
    return step(ctx, 'removeFromWaitingList', idempotencyKey, input, async (tx, current) => {
      if (input.removedOn < current.appliedOn) throw badInput('input.removedOn', `must not be before the application (${current.appliedOn})`);
      await tx.query(`UPDATE care_application SET status = 'REMOVED', removed_on = $2, removal_reason = $3, version = version + 1
                       WHERE id = $1`, [input.applicationId, input.removedOn, input.reason]);
    });
  },
};
