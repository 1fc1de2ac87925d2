import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseRole } from '../kernel/principal';
import { Client } from '../clients';
import type { RequestContext } from '../kernel/context';
import { DateTime } from '../kernel/scalars';
import { Municipality } from '../reference';
import { CaseManager } from './case-manager.types';
import { Case } from './case.entity';
import { CaseTransition } from './lifecycle.types';
import { CaseWorkerAssignment } from './case-worker.types';
import { ClosureRequest } from './closure.types';
import type { ReachedCase } from './case.loaders';

/** A client as read through the case it was reached by. */
type ClientOfCase = Client & { caseId: string };

/**
 * The case's own fields and relations to earlier features; later features add theirs (e.g.
 * `Case.involvements` in involvements/). Each loads through a per-request DataLoader.
 */
@Resolver(() => Case)
export class CaseFields {
  @FieldResolver(() => [CaseRole], { description: "The caller's agency's active roles in this case" })
  myRoles(@Root() c: ReachedCase): CaseRole[] {
    return c.myRoles;
  }

  /** The latest change the caller may read: a change of data hidden from it does not move this. */
  @FieldResolver(() => DateTime, { nullable: true })
  updatedAt(@Root() c: ReachedCase): Date {
    return c.visibleUpdatedAt;
  }

  @FieldResolver(() => Client, { nullable: true })
  client(@Ctx() ctx: RequestContext, @Root() c: Case): ClientOfCase | null | Promise<ClientOfCase | null> {
    // a client is permissioned through the case it was reached by
    const ofCase = (client: Client | null): ClientOfCase | null => client && { ...client, caseId: c.id };
    const client = ctx.loaders.clients.clientById.get(c.clientId);
    return client instanceof Promise ? client.then(ofCase) : ofCase(client);
  }

  @FieldResolver(() => Municipality, { nullable: true })
  responsibleMunicipality(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<Municipality | null> {
    return ctx.loaders.reference.municipalityByCode.load(c.responsibleMunicipalityCode);
  }

  @FieldResolver(() => CaseManager, { nullable: true })
  async caseManager(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<CaseManager | null> {
    if (!c.caseManagerAgencyId || !c.caseManagerUserId) return null;
    const staff = await ctx.loaders.reference.staffMember.load({ agencyId: c.caseManagerAgencyId, userId: c.caseManagerUserId });
    return staff && { caseId: c.id, agencyId: staff.agencyId, userId: staff.userId, name: staff.fullName,
      workEmail: staff.workEmail, workPhone: staff.workPhone };
  }

  @FieldResolver(() => [CaseTransition], { nullable: true, description: 'The lifecycle history, oldest first' })
  transitions(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<CaseTransition[]> {
    return ctx.loaders.cases.transitionsByCase.load(c.id);
  }

  @FieldResolver(() => [CaseWorkerAssignment], { nullable: true, description: "Every assignment of the case's case worker, oldest first" })
  caseWorkerAssignments(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<CaseWorkerAssignment[]> {
    return ctx.loaders.cases.caseWorkerAssignmentsByCase.load(c.id);
  }

  @FieldResolver(() => [ClosureRequest], {
    nullable: true,
    description: "Requests to close the case that wait (or waited) for a MANAGER's approval, where the municipality requires it; oldest first",
  })
  closureRequests(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<ClosureRequest[]> {
    return ctx.loaders.cases.closureRequestsByCase.load(c.id);
  }
}
