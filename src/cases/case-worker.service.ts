import type { EntityManager } from 'typeorm';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { badInput } from '../kernel/errors';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { CaseStatus } from './case.entity';
import { ReachedCase } from './case.loaders';
import { caseService } from './case.service';
import { AssignCaseWorkerInput } from './case-worker.types';

/** Who becomes a case's case worker: a staff member of `agencyId`, registered by `name` when the register does not have them. */
export interface CaseWorkerChoice {
  agencyId: string;
  userId: string;
  name: string | null;
  /** the path of the input that names them, for a refusal (`input.userId`, `caseWorker.userId`) */
  path: string;
}

/**
 * Makes a staff member the case's case worker inside the caller's transaction: registers them in
 * their agency's staff register when a name is given for a user it does not have (a known one's name
 * is not changed), appends the assignment to the history and points the case at them. The caller
 * has locked the case row and bumps its version.
 */
export async function assignCaseWorkerIn(tx: EntityManager, caseId: string, choice: CaseWorkerChoice, assignedByUserId: string): Promise<void> {
  const [known] = await tx.query('SELECT 1 FROM staff_member WHERE agency_id = $1 AND user_id = $2', [choice.agencyId, choice.userId]);
  if (!known) {
    if (!choice.name) throw badInput(choice.path, `is not a staff member of your agency; give ${choice.path.replace(/userId$/, 'name')} to register them`);
    await tx.query('INSERT INTO staff_member (user_id, agency_id, full_name) VALUES ($1, $2, $3)', [choice.userId, choice.agencyId, choice.name]);
  }
  await tx.query('UPDATE care_case SET case_manager_agency_id = $2, case_manager_user_id = $3 WHERE id = $1',
    [caseId, choice.agencyId, choice.userId]);
  await tx.query('INSERT INTO case_worker_assignment (case_id, agency_id, user_id, assigned_by_user_id) VALUES ($1, $2, $3, $4)',
    [caseId, choice.agencyId, choice.userId, assignedByUserId]);
}

export const caseWorkerService = {
  /**
   * Assigns the case worker: a staff member of the managing agency, the caller's own (the policy lets
   * only the case manager's MANAGER here). Staff are keyed by agency and subject: a user the agency's
   * register does not have is refused unless a name is given to register them. The assignment is kept
   * in the history and the case's case manager changes, in one transaction.
   */
  async assign(ctx: RequestContext, input: AssignCaseWorkerInput, idempotencyKey: string | null): Promise<ReachedCase> {
    const userId = text('input.userId', input.userId, { max: 200, required: true }) as string;
    const name = text('input.name', input.name, { max: 300 });
    const agencyId = ctx.principal.agency.id;
    const caseId = await runMutation(ctx, producesId('assignCaseWorker', idempotencyKey, { input }), async (tx) => {
      const [current] = await tx.query(
        `SELECT status, case_manager_agency_id AS "agencyId", case_manager_user_id AS "userId", version FROM care_case WHERE id = $1 FOR UPDATE`,
        [input.caseId]);
      if (current.status === CaseStatus.CLOSED) throw badInput('input.caseId', 'a closed case is not assigned a case worker');
      if (current.agencyId === agencyId && current.userId === userId) throw badInput('input.userId', "is already the case's case worker");
      await assignCaseWorkerIn(tx, input.caseId, { agencyId, userId, name, path: 'input.userId' }, ctx.principal.userId);
      await tx.query('UPDATE care_case SET version = version + 1, updated_at = now() WHERE id = $1', [input.caseId]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'assignCaseWorker',
        entity: 'Case', entityId: input.caseId, fields: ['caseManager', 'caseWorkerAssignments'], categories: [Category.CASE],
        oldVersion: current.version, newVersion: current.version + 1 });
      return input.caseId;
    });
    return caseService.get(ctx, caseId);
  },
};
