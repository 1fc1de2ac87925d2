import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { badInput } from '../kernel/errors';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { CaseStatus } from './case.entity';
import { ReachedCase } from './case.loaders';
import { caseService } from './case.service';
import { AssignCaseWorkerInput } from './case-worker.types';

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
      const [known] = await tx.query('SELECT 1 FROM staff_member WHERE agency_id = $1 AND user_id = $2', [agencyId, userId]);
      if (!known) {
        if (!name) throw badInput('input.userId', "is not a staff member of your agency; give input.name to register them");
        await tx.query('INSERT INTO staff_member (user_id, agency_id, full_name) VALUES ($1, $2, $3)', [userId, agencyId, name]);
      }
      await tx.query(
        `UPDATE care_case SET case_manager_agency_id = $2, case_manager_user_id = $3, version = version + 1, updated_at = now() WHERE id = $1`,
        [input.caseId, agencyId, userId]);
      await tx.query(
        'INSERT INTO case_worker_assignment (case_id, agency_id, user_id, assigned_by_user_id) VALUES ($1, $2, $3, $4)',
        [input.caseId, agencyId, userId, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'assignCaseWorker',
        entity: 'Case', entityId: input.caseId, fields: ['caseManager', 'caseWorkerAssignments'], categories: [Category.CASE],
        oldVersion: current.version, newVersion: current.version + 1 });
      return input.caseId;
    });
    return caseService.get(ctx, caseId);
  },
};
