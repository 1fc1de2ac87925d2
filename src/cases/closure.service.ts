import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { updateReturning } from '../kernel/db/sql';
import { badInput, conflict, forbidden, notFound } from '../kernel/errors';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { CaseStatus } from './case.entity';
import { ClosureRequest, DecideClosureInput, RequestClosureInput, ReturnClosureInput } from './closure.types';
import { CLOSURE_COLUMNS } from './closure.sql';
import { closes, mayTransition } from './lifecycle';
import { lockCase, moveCase, refusedMove } from './lifecycle.service';

/**
 * Closure approval (issue 12), where the responsible municipality requires it: the case manager asks
 * (requestClosure), a MANAGER of the managing service approves (the case closes through the same
 * code path as transitionCase) or returns it with a reason. One pending request per case; deciding
 * is one UPDATE of the pending row, so two decisions at once decide it once. Approval takes a second
 * person: a manager who asked for the closure themselves does not approve it.
 */
export const closureService = {
  async request(ctx: RequestContext, input: RequestClosureInput, idempotencyKey: string | null): Promise<ClosureRequest> {
    const reason = text('input.reason', input.reason, { max: 2000, required: true });
    const id = await runMutation(ctx, producesId('requestClosure', idempotencyKey, { input }), async (tx) => {
      const current = await lockCase(tx, input.caseId);
      if (current.version !== input.expectedVersion) {
        throw conflict(`The case has changed since version ${input.expectedVersion}; it is now at version ${current.version}`,
          { currentVersion: current.version });
      }
      if (!closes(input.to, current.closed_on)) {
        throw badInput('input.to', 'A closure request closes the case: CLOSED, or POST_CLOSURE_MONITORING for a case not closed yet');
      }
      if (!mayTransition(current.status, input.to)) throw refusedMove('input.to', current.status, input.to);
      if (!current.closureNeedsApproval) {
        throw badInput('input.caseId', 'Closing a case of this municipality needs no approval: close it with transitionCase');
      }
      const [pending] = await tx.query(`SELECT 1 FROM case_closure_request WHERE case_id = $1 AND status = 'PENDING'`, [input.caseId]);
      if (pending) throw conflict('A closure of this case is already waiting for approval');
      const [row] = await tx.query(
        `INSERT INTO case_closure_request (case_id, to_status, reason, requested_by_agency_id, requested_by_user_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.caseId, input.to, reason, ctx.principal.agency.id, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'requestClosure',
        entity: 'ClosureRequest', entityId: row.id, fields: ['to', 'reason'], categories: [Category.CASE], oldVersion: null, newVersion: null });
      return row.id as string;
    });
    return closureService.get(ctx, id);
  },

  /** Approves the pending request: the case closes as it asked, in the same transaction. */
  async approve(ctx: RequestContext, input: DecideClosureInput, idempotencyKey: string | null): Promise<ClosureRequest> {
    const id = await runMutation(ctx, producesId('approveClosure', idempotencyKey, { input }), async (tx) => {
      const current = await lockCase(tx, input.caseId);
      const [row] = await updateReturning<{ id: string; to: CaseStatus; reason: string }>(tx,
        `UPDATE case_closure_request SET status = 'APPROVED', decided_by_user_id = $2, decided_at = now()
          WHERE case_id = $1 AND status = 'PENDING' AND (requested_by_agency_id, requested_by_user_id) IS DISTINCT FROM ($3, $2)
          RETURNING id, to_status AS "to", reason`, [input.caseId, ctx.principal.userId, ctx.principal.agency.id]);
      if (!row) {
        const [own] = await tx.query(
          `SELECT 1 FROM case_closure_request WHERE case_id = $1 AND status = 'PENDING' AND requested_by_agency_id = $2
              AND requested_by_user_id = $3`, [input.caseId, ctx.principal.agency.id, ctx.principal.userId]);
        if (own) throw forbidden('You asked for this closure yourself: another manager of the service approves it');
        throw conflict('No closure of this case is waiting for approval');
      }
      const { to } = row;
      // the case may have moved on since it was asked
      if (!mayTransition(current.status, to) || !closes(to, current.closed_on)) throw refusedMove('input.caseId', current.status, to);
      await moveCase(tx, ctx, input.caseId, current, to, row.reason, 'approveClosure');
      return row.id;
    });
    return closureService.get(ctx, id);
  },

  async giveBack(ctx: RequestContext, input: ReturnClosureInput, idempotencyKey: string | null): Promise<ClosureRequest> {
    const reason = text('input.reason', input.reason, { max: 2000, required: true });
    const id = await runMutation(ctx, producesId('returnClosure', idempotencyKey, { input }), async (tx) => {
      // the case first, as approveClosure takes it: the audit's reference to the case waits on that lock, so the other order deadlocks
      await lockCase(tx, input.caseId);
      const [row] = await updateReturning<{ id: string }>(tx,
        `UPDATE case_closure_request SET status = 'RETURNED', decided_by_user_id = $2, decided_at = now(), return_reason = $3
          WHERE case_id = $1 AND status = 'PENDING' RETURNING id`, [input.caseId, ctx.principal.userId, reason]);
      if (!row) throw conflict('No closure of this case is waiting for approval');
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'returnClosure',
        entity: 'ClosureRequest', entityId: row.id, fields: ['status', 'returnReason'], categories: [Category.CASE],
        oldVersion: null, newVersion: null });
      return row.id;
    });
    return closureService.get(ctx, id);
  },

  async get(ctx: RequestContext, id: string): Promise<ClosureRequest> {
    const [row] = await ctx.db.query(`SELECT ${CLOSURE_COLUMNS} FROM case_closure_request r WHERE r.id = $1`, [id]);
    if (!row) throw notFound('Closure request');
    return row;
  },
};
