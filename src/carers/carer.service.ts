import { EntityManager } from 'typeorm';
import { CarerCategory, CarerStatus } from '../kernel/carers';
import type { RequestContext } from '../kernel/context';
import { today } from '../kernel/dates';
import { badInput, conflict, notFound } from '../kernel/errors';
import { readBack } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { pastDate, text } from '../kernel/validate';
import { CARER_NEXT, CARER_REQUIRES, CarerRequirement, mayMoveCarer } from './lifecycle';
import {
  AddHouseholdMemberInput, Carer, CarerKind, RegisterCarerInput, TransitionCarerInput, UpdateCarerContactInput,
} from './carer.types';

/** A carer's row, locked for the write: steps and changes of one carer are judged one after another. */
export async function lockCarer(tx: EntityManager, carerId: string): Promise<{ status: CarerStatus; kind: CarerKind; version: number }> {
  const [row] = await tx.query('SELECT status, kind, version FROM carer WHERE id = $1 FOR UPDATE', [carerId]);
  if (!row) throw notFound('Carer');
  return row;
}

function checkVersion(current: number, expected: number): void {
  if (current !== expected) {
    throw conflict(`The carer has changed since version ${expected}; it is now at version ${current}`, { currentVersion: current });
  }
}

const REQUIREMENT_SQL: Record<CarerRequirement, string> = {
  INITIAL_TRAINING_HOURS: `SELECT EXISTS (SELECT 1 FROM carer_training WHERE carer_id = $1 AND kind = 'INITIAL') AS ok`,
  COMPETENCE_ASSESSMENT: 'SELECT EXISTS (SELECT 1 FROM carer_competence_assessment WHERE carer_id = $1) AS ok',
  RECOGNISED_FORM: `SELECT (kind <> 'FOSTER_FAMILY' OR EXISTS (SELECT 1 FROM carer_form f WHERE f.carer_id = c.id)) AS ok
                      FROM carer c WHERE c.id = $1`,
};

/** A write of a carer's data, audited as a write of no case under the carer's category. */
export function auditCarer(ctx: RequestContext, tx: EntityManager, operation: string, entity: string, entityId: string, fields: string[],
  category: CarerCategory, versions: [number | null, number | null] = [null, 1]): Promise<void> {
  return ctx.audit.write(tx, { caseId: null, roles: [], operation, entity, entityId, fields, categories: [category],
    oldVersion: versions[0], newVersion: versions[1] });
}

export const carerService = {
  get(ctx: RequestContext, id: string): Promise<Carer> {
    return readBack(ctx.loaders.carers.carerById, id, 'Carer');
  },

  list(ctx: RequestContext, status: CarerStatus[] | null, first: number): Promise<Carer[]> {
    if (first < 1 || first > 500) throw badInput('first', 'must be 1 to 500');
    return ctx.loaders.carers.list(status, first);
  },

  /** A support centre registers a carer it will support: an inquiry, with its first step in the history. */
  async register(ctx: RequestContext, input: RegisterCarerInput, idempotencyKey: string | null): Promise<Carer> {
    const name = text('input.name', input.name, { max: 300, required: true });
    const address = text('input.address', input.address, { max: 500 });
    const phone = text('input.phone', input.phone, { max: 40 });
    const inquiryOn = pastDate('input.inquiryOn', input.inquiryOn);
    const id = await runMutation(ctx, producesId('registerCarer', idempotencyKey, { input }), async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO carer (kind, name, address, phone, municipality_code, support_centre_id, inquiry_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [input.kind, name, address, phone, input.municipalityCode, ctx.principal.agency.id, inquiryOn]);
      await tx.query(`INSERT INTO carer_transition (carer_id, from_status, to_status, reason, user_id, agency_id)
                      VALUES ($1, NULL, 'INQUIRY', 'registered', $2, $3)`, [row.id, ctx.principal.userId, ctx.principal.agency.id]);
      await auditCarer(ctx, tx, 'registerCarer', 'Carer', row.id, ['kind', 'name', 'address', 'phone', 'municipalityCode', 'inquiryOn'],
        CarerCategory.CARER_PERSONAL);
      return row.id as string;
    });
    return this.get(ctx, id);
  },

  /**
   * Moves a carer along the support centre's process (lifecycle.ts), with a reason, keeping the
   * history; a refused step says which are allowed. Who may take it was decided by the policy.
   */
  async transition(ctx: RequestContext, input: TransitionCarerInput, idempotencyKey: string | null): Promise<Carer> {
    const reason = text('input.reason', input.reason, { max: 2000, required: true });
    const interview = text('input.exitInterview', input.exitInterview, { max: 4000 });
    if ((input.to === CarerStatus.EXITED) !== (interview !== null)) {
      throw badInput('input.exitInterview', input.to === CarerStatus.EXITED ? 'is required when the carer exits' : 'is for an exit only');
    }
    await runMutation(ctx, producesId('transitionCarer', idempotencyKey, { input }), async (tx) => {
      const current = await lockCarer(tx, input.carerId);
      checkVersion(current.version, input.expectedVersion);
      if (!mayMoveCarer(current.status, input.to)) {
        const allowed = CARER_NEXT[current.status];
        const error = badInput('input.to', allowed.length === 0 ? `A carer in ${current.status} moves no further`
          : `A carer in ${current.status} can move to ${allowed.join(' or ')}, not to ${input.to}`);
        Object.assign(error.extensions, { currentState: current.status, allowedStates: allowed });
        throw error;
      }
      const required = CARER_REQUIRES[input.to];
      if (required && !(await tx.query(REQUIREMENT_SQL[required.requirement], [input.carerId]))[0]?.ok) {
        throw badInput('input.to', `The carer cannot move to ${input.to}: ${required.missing}`);
      }
      await tx.query(
        `UPDATE carer SET status = $2, version = version + 1, updated_at = now(),
                suitability_decided_on = CASE WHEN $2 = 'SUITABILITY_DECIDED' THEN $3::date ELSE suitability_decided_on END
          WHERE id = $1`, [input.carerId, input.to, today()]);
      await tx.query(`INSERT INTO carer_transition (carer_id, from_status, to_status, reason, exit_interview, user_id, agency_id)
                      VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [input.carerId, current.status, input.to, reason, interview, ctx.principal.userId, ctx.principal.agency.id]);
      await auditCarer(ctx, tx, 'transitionCarer', 'Carer', input.carerId, ['status'], CarerCategory.CARER_ASSESSMENT,
        [current.version, current.version + 1]);
      return input.carerId;
    });
    return this.get(ctx, input.carerId);
  },

  async updateContact(ctx: RequestContext, input: UpdateCarerContactInput, idempotencyKey: string | null): Promise<Carer> {
    const address = text('input.address', input.address, { max: 500 });
    const phone = text('input.phone', input.phone, { max: 40 });
    await runMutation(ctx, producesId('updateCarerContact', idempotencyKey, { input }), async (tx) => {
      const current = await lockCarer(tx, input.carerId);
      checkVersion(current.version, input.expectedVersion);
      await tx.query(`UPDATE carer SET address = COALESCE($2, address), phone = COALESCE($3, phone), version = version + 1,
                             updated_at = now() WHERE id = $1`, [input.carerId, address, phone]);
      await auditCarer(ctx, tx, 'updateCarerContact', 'Carer', input.carerId,
        [...(address ? ['address'] : []), ...(phone ? ['phone'] : [])], CarerCategory.CARER_PERSONAL, [current.version, current.version + 1]);
      return input.carerId;
    });
    return this.get(ctx, input.carerId);
  },

  async addHouseholdMember(ctx: RequestContext, input: AddHouseholdMemberInput, idempotencyKey: string | null): Promise<Carer> {
    const name = text('input.name', input.name, { max: 300, required: true });
    const year = Number(today().slice(0, 4));
    if (input.birthYear !== undefined && input.birthYear !== null && (input.birthYear < 1900 || input.birthYear > year)) {
      throw badInput('input.birthYear', `must be 1900 to ${year}`);
    }
    await runMutation(ctx, producesId('addHouseholdMember', idempotencyKey, { input }), async (tx) => {
      await lockCarer(tx, input.carerId);
      const [row] = await tx.query(
        'INSERT INTO carer_household_member (carer_id, name, relation, birth_year) VALUES ($1, $2, $3, $4) RETURNING id',
        [input.carerId, name, input.relation, input.birthYear ?? null]);
      await auditCarer(ctx, tx, 'addHouseholdMember', 'HouseholdMember', row.id, ['name', 'relation', 'birthYear'],
        CarerCategory.CARER_ASSESSMENT);
      return row.id as string;
    });
    return this.get(ctx, input.carerId);
  },
};
