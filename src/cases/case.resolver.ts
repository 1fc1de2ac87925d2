import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { selectedFieldsAt, selects } from '../kernel/selection';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { CaseConnection } from './case-connection';
import { Case } from './case.entity';
import { CaseFilter, CaseOrder, OpenCaseInput } from './case.inputs';
import type { ReachedCase } from './case.loaders';
import { caseService, CasePage, RANKED_FIELDS } from './case.service';
import { transitionService } from './lifecycle.service';
import { TransitionCaseInput } from './lifecycle.types';
import { closureService } from './closure.service';
import { ClosureRequest, DecideClosureInput, RequestClosureInput, ReturnClosureInput } from './closure.types';
import { caseWorkerService } from './case-worker.service';
import { AssignCaseWorkerInput } from './case-worker.types';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true, description: 'A case the caller is involved in; NOT_FOUND otherwise' })
  case(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ReachedCase> {
    return caseService.get(ctx, id);
  }

  @Query(() => CaseConnection, { description: "The cases the caller's agency is involved in now" })
  cases(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('orderBy', () => CaseOrder, { defaultValue: CaseOrder.UPDATED_DESC }) orderBy: CaseOrder,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CasePage> {
    // the count travels in the page's own statement when it is asked for; nodes asked for nothing beyond
    // what the page ranks them by (as compiled reads ask) are not read whole
    const nodeFields = selectedFieldsAt(info, ['edges', 'node']);
    return caseService.list(ctx, filter ?? {}, first, after ?? undefined, orderBy, selects(info, 'totalCount'),
      [...nodeFields].every((name) => RANKED_FIELDS.has(name)));
  }

  @Mutation(() => ClosureRequest, {
    description: "Asks a MANAGER of the managing social service to approve closing the case (where the municipality requires it)",
  })
  requestClosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestClosureInput, { description: 'The case, the closing state, the reason' }) input: RequestClosureInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<ClosureRequest> {
    return closureService.request(ctx, input, idempotencyKey);
  }

  @Mutation(() => ClosureRequest, { description: "Approves the case's pending closure request: the case closes as asked (its MANAGER only)" })
  approveClosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DecideClosureInput, { description: 'The case' }) input: DecideClosureInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<ClosureRequest> {
    return closureService.approve(ctx, input, idempotencyKey);
  }

  @Mutation(() => ClosureRequest, { description: "Returns the case's pending closure request with a reason; the case stays open (its MANAGER only)" })
  returnClosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReturnClosureInput, { description: 'The case and why' }) input: ReturnClosureInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<ClosureRequest> {
    return closureService.giveBack(ctx, input, idempotencyKey);
  }

  @Mutation(() => Case, { description: 'Moves the case to a next lifecycle state, with a reason (case manager only)' })
  transitionCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TransitionCaseInput) input: TransitionCaseInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<ReachedCase> {
    return transitionService.transition(ctx, input, idempotencyKey);
  }

  @Mutation(() => Case, { description: "Assigns the case's case worker, a staff member of the managing agency (its MANAGER only)" })
  assignCaseWorker(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AssignCaseWorkerInput) input: AssignCaseWorkerInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<ReachedCase> {
    return caseWorkerService.assign(ctx, input, idempotencyKey);
  }

  @Mutation(() => Case, { description: "Opens a case (social service of the client's municipality only)" })
  openCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OpenCaseInput) input: OpenCaseInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<ReachedCase> {
    return caseService.open(ctx, input, idempotencyKey);
  }
}
