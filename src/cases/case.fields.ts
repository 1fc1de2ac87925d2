import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { InvolvementRole } from '../kernel/principal';
import { Assessment } from '../assessments/assessment.entity';
import { Client } from '../clients/client.entity';
import { FollowUpConnection } from '../follow-ups/follow-up-connection';
import type { FollowUpPage } from '../follow-ups/follow-up.loaders';
import { pageSize } from '../kernel/cursor';
import type { RequestContext } from '../app/context';
import { Involvement } from '../involvements/involvement.entity';
import { MentorAssignment } from '../mentors/mentor-assignment.types';
import { DueItem } from '../monitoring/due-item.types';
import { DateTime, LocalDate } from '../kernel/scalars';
import { today } from '../kernel/dates';
import { Placement } from '../placements/placement.entity';
import { SupportPlan } from '../plans/support-plan.entity';
import { Municipality } from '../reference/municipality.entity';
import { CaseManager } from './case-manager.types';
import { CareCase } from './case.entity';
import { CaseTransition } from './lifecycle.types';
import type { ReachedCase } from './case.loaders';

/** The relations of a case. Each loads through a per-request DataLoader: one statement per list. */
@Resolver(() => CareCase)
export class CaseFields {
  @FieldResolver(() => [InvolvementRole], { description: "The caller's agency's active roles in this case" })
  myRoles(@Root() c: ReachedCase): InvolvementRole[] {
    return c.myRoles;
  }

  /** The latest change the caller may read: a change of data hidden from it does not move this. */
  @FieldResolver(() => DateTime, { nullable: true })
  updatedAt(@Root() c: ReachedCase): Date {
    return c.visibleUpdatedAt;
  }

  @FieldResolver(() => Client, { nullable: true })
  async client(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<(Client & { caseId: string }) | null> {
    const client = await ctx.loaders.clients.clientById.load(c.clientId);
    // a client is permissioned through the case it was reached by
    return client && { ...client, caseId: c.id };
  }

  @FieldResolver(() => Municipality, { nullable: true })
  responsibleMunicipality(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<Municipality | null> {
    return ctx.loaders.reference.municipalityByCode.load(c.responsibleMunicipalityCode);
  }

  @FieldResolver(() => CaseManager, { nullable: true })
  async caseManager(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<CaseManager | null> {
    if (!c.caseManagerAgencyId || !c.caseManagerUserId) return null;
    const staff = await ctx.loaders.reference.staffMember.load({ agencyId: c.caseManagerAgencyId, userId: c.caseManagerUserId });
    return staff && { caseId: c.id, agencyId: staff.agencyId, userId: staff.userId, name: staff.fullName,
      workEmail: staff.workEmail, workPhone: staff.workPhone };
  }

  @FieldResolver(() => [Involvement], { nullable: true, description: 'Past and present involvements' })
  involvements(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<Involvement[]> {
    return ctx.loaders.involvements.involvementsByCase.load(c.id);
  }

  @FieldResolver(() => [Assessment], { nullable: true, description: 'Newest first' })
  assessments(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<Assessment[]> {
    return ctx.loaders.assessments.assessmentsByCase.load(c.id);
  }

  @FieldResolver(() => Assessment, { nullable: true })
  latestAssessment(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<Assessment | null> {
    return ctx.loaders.assessments.latestAssessmentByCase.load(c.id);
  }

  @FieldResolver(() => SupportPlan, { nullable: true, description: 'The active plan, or else the newest draft' })
  currentPlan(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<SupportPlan | null> {
    return ctx.loaders.plans.currentPlanByCase.load(c.id);
  }

  @FieldResolver(() => [SupportPlan], { nullable: true, description: 'Every plan version, newest first' })
  planHistory(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<SupportPlan[]> {
    return ctx.loaders.plans.planHistoryByCase.load(c.id);
  }

  @FieldResolver(() => FollowUpConnection, { nullable: true, description: 'Newest first; only entries the caller may read' })
  followUps(
    @Ctx() ctx: RequestContext,
    @Root() c: CareCase,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<FollowUpPage> {
    return ctx.loaders.followUps.followUpPage.load({ caseId: c.id, first: pageSize(first), after });
  }

  @FieldResolver(() => [CaseTransition], { nullable: true, description: 'The lifecycle history, oldest first' })
  transitions(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<CaseTransition[]> {
    return ctx.loaders.cases.transitionsByCase.load(c.id);
  }

  @FieldResolver(() => [DueItem], { nullable: true, description: 'What the monitoring rules say is due, earliest first' })
  dueItems(
    @Ctx() ctx: RequestContext,
    @Root() c: CareCase,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The day to judge by; defaults to today' }) asOf: string | null,
  ): Promise<DueItem[]> {
    return ctx.loaders.monitoring.dueItemsByCase.load({ caseId: c.id, asOf: asOf ?? today() });
  }

  @FieldResolver(() => [MentorAssignment], { nullable: true, description: 'Social mentors, newest first' })
  mentors(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<MentorAssignment[]> {
    return ctx.loaders.cases.mentorsByCase.load(c.id);
  }

  @FieldResolver(() => [Placement], { nullable: true, description: 'Newest first' })
  placements(@Ctx() ctx: RequestContext, @Root() c: CareCase): Promise<Placement[]> {
    return ctx.loaders.placements.placementsByCase.load(c.id);
  }
}
