import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { badInput, conflict } from '../kernel/errors';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { today } from '../kernel/dates';
import { CaseStatus } from './case.entity';
import { ReachedCase } from './case.loaders';
import { caseService } from './case.service';
import { closedOnAfter, mayTransition, NEXT_STATES } from './lifecycle';
import { TransitionCaseInput } from './lifecycle.types';

export const transitionService = {
  /** Moves a case along its lifecycle, with a reason, keeping the history. */
  async transition(ctx: RequestContext, input: TransitionCaseInput, idempotencyKey: string | null): Promise<ReachedCase> {
    const reason = text('input.reason', input.reason, { max: 2000, required: true });
    const caseId = await runMutation(ctx, producesId('transitionCase', idempotencyKey, { input }), async (tx) => {
      const [current] = await tx.query('SELECT status, closed_on, version FROM care_case WHERE id = $1 FOR UPDATE', [input.caseId]);
      if (current.version !== input.expectedVersion) {
        throw conflict(`The case has changed since version ${input.expectedVersion}; it is now at version ${current.version}`,
          { currentVersion: current.version });
      }
      const from = current.status as CaseStatus;
      if (!mayTransition(from, input.to)) {
        const allowed = NEXT_STATES[from];
        const error = badInput('input.to', `A case in ${from} can move to ${allowed.join(' or ')}, not to ${input.to}`);
        Object.assign(error.extensions, { currentState: from, allowedStates: allowed });
        throw error;
      }
      await tx.query(
        `UPDATE care_case SET status = $2, closed_on = $3, version = version + 1, updated_at = now() WHERE id = $1`,
        [input.caseId, input.to, closedOnAfter(input.to, current.closed_on, today())]);
      await tx.query(
        `INSERT INTO case_transition (case_id, from_status, to_status, reason, user_id, agency_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [input.caseId, from, input.to, reason, ctx.principal.userId, ctx.principal.agency.id]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'transitionCase',
        entity: 'Case', entityId: input.caseId, fields: ['status', 'closedOn'], categories: [Category.CASE],
        oldVersion: current.version, newVersion: current.version + 1 });
      return input.caseId;
    });
    return caseService.get(ctx, caseId);
  },
};
