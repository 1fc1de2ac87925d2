import type { EntityManager } from 'typeorm';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { badInput, conflict } from '../kernel/errors';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { today } from '../kernel/dates';
import { CaseStatus } from './case.entity';
import { ReachedCase } from './case.loaders';
import { caseService } from './case.service';
import { closedOnAfter, closes, mayTransition, NEXT_STATES } from './lifecycle';
import { TransitionCaseInput } from './lifecycle.types';

/** A case row locked for a lifecycle change. */
export interface LockedCase {
  status: CaseStatus;
  closed_on: string | null;
  version: number;
  /** the responsible municipality's setting: closing waits for a MANAGER's approval */
  closureNeedsApproval: boolean;
}

/** Locks the case row for a lifecycle change, with its municipality's closure setting. */
export async function lockCase(tx: EntityManager, caseId: string): Promise<LockedCase> {
  const [current] = await tx.query(
    `SELECT c.status, c.closed_on, c.version, m.closure_needs_approval AS "closureNeedsApproval"
       FROM care_case c JOIN municipality m ON m.code = c.responsible_municipality_code WHERE c.id = $1 FOR UPDATE OF c`, [caseId]);
  return current;
}

/** The refusal of a move the lifecycle does not allow, naming the states it does. */
export function refusedMove(field: string, from: CaseStatus, to: CaseStatus): Error {
  const allowed = NEXT_STATES[from];
  const error = badInput(field, `A case in ${from} can move to ${allowed.join(' or ')}, not to ${to}`);
  Object.assign(error.extensions, { currentState: from, allowedStates: allowed });
  return error;
}

/**
 * The one code path of a lifecycle move (transitionCase, and approveClosure for a closure that
 * waited for approval): the case's status and closing date, the history row and the audit.
 */
export async function moveCase(tx: EntityManager, ctx: RequestContext, caseId: string, current: LockedCase, to: CaseStatus, reason: string,
  operation: string): Promise<void> {
  await tx.query(
    `UPDATE care_case SET status = $2, closed_on = $3, version = version + 1, updated_at = now() WHERE id = $1`,
    [caseId, to, closedOnAfter(to, current.closed_on, today())]);
  await tx.query(
    `INSERT INTO case_transition (case_id, from_status, to_status, reason, user_id, agency_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [caseId, current.status, to, reason, ctx.principal.userId, ctx.principal.agency.id]);
  await ctx.audit.write(tx, { caseId, roles: await ctx.facts.rolesInCase(caseId), operation,
    entity: 'Case', entityId: caseId, fields: ['status', 'closedOn'], categories: [Category.CASE],
    oldVersion: current.version, newVersion: current.version + 1 });
}

export const transitionService = {
  /** Moves a case along its lifecycle, with a reason, keeping the history. */
  async transition(ctx: RequestContext, input: TransitionCaseInput, idempotencyKey: string | null): Promise<ReachedCase> {
    const reason = text('input.reason', input.reason, { max: 2000, required: true }) as string;
    const caseId = await runMutation(ctx, producesId('transitionCase', idempotencyKey, { input }), async (tx) => {
      const current = await lockCase(tx, input.caseId);
      if (current.version !== input.expectedVersion) {
        throw conflict(`The case has changed since version ${input.expectedVersion}; it is now at version ${current.version}`,
          { currentVersion: current.version });
      }
      if (!mayTransition(current.status, input.to)) throw refusedMove('input.to', current.status, input.to);
      if (current.closureNeedsApproval && closes(input.to, current.closed_on)) {
        throw badInput('input.to', "Closing a case of this municipality needs the approval of a MANAGER of the managing social service: "
          + 'ask for it with requestClosure');
      }
      await moveCase(tx, ctx, input.caseId, current, input.to, reason, 'transitionCase');
      return input.caseId;
    });
    return caseService.get(ctx, caseId);
  },
};
