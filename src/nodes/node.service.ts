import { caseService } from '../cases';
import type { RequestContext } from '../kernel/context';
import { notFound } from '../kernel/errors';
import { NODE_TYPE, Typed } from '../kernel/node';

/** Each type's object as its case's field gives it, from the same loaders (already scoped to what the caller reaches). */
const LOAD: Record<string, (ctx: RequestContext, id: string, caseId: string) => Promise<object | null>> = {
  Case: (ctx, id) => caseService.get(ctx, id),
  Involvement: (ctx, id) => ctx.loaders.involvements.involvementById.load(id),
  Assessment: (ctx, id) => ctx.loaders.assessments.assessmentById.load(id),
  SupportPlan: async (ctx, id, caseId) => (await ctx.loaders.plans.planHistoryByCase.load(caseId)).find((plan) => plan.id === id) ?? null,
  FollowUp: (ctx, id) => ctx.loaders.followUps.followUpById.load(id),
  Placement: (ctx, id) => ctx.loaders.placements.placementById.load(id),
};

export const nodeService = {
  /** The object of an id, typed for the Node interface; the rule on `node` has decided the caller reaches it. */
  async get(ctx: RequestContext, id: string): Promise<Typed<object>> {
    const facts = await ctx.facts.nodeOf(id);
    const found = facts && await LOAD[facts.type]?.(ctx, id, facts.caseId);
    if (!facts || !found) throw notFound('Node');
    return { ...found, [NODE_TYPE]: facts.type };
  },
};
