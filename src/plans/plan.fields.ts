import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { InParentRow } from '../kernel/query-cost';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { PlanGoal, PlanService, PlanTask, PreparationVisit, SupportPlan, TransitionTeamMember } from './support-plan.entity';

@Resolver(() => SupportPlan)
export class SupportPlanFields {
  @FieldResolver(() => Agency, { nullable: true })
  authorAgency(@Ctx() ctx: RequestContext, @Root() plan: SupportPlan) {
    return agencyOf(ctx, plan.authorAgencyId);
  }

  @InParentRow()
  @FieldResolver(() => [PlanGoal], { nullable: true })
  goals(@Root() plan: SupportPlan): PlanGoal[] {
    return plan.goals;
  }

  @InParentRow()
  @FieldResolver(() => [PlanTask], { nullable: true })
  tasks(@Root() plan: SupportPlan): PlanTask[] {
    return plan.tasks;
  }

  @InParentRow()
  @FieldResolver(() => [PlanService], { nullable: true, description: 'The services basket' })
  services(@Root() plan: SupportPlan): PlanService[] {
    return plan.services;
  }

  @InParentRow()
  @FieldResolver(() => [TransitionTeamMember], { nullable: true, description: 'The individual transition plan: the team preparing the move' })
  transitionTeam(@Root() plan: SupportPlan): TransitionTeamMember[] {
    return plan.transitionTeam;
  }

  @InParentRow()
  @FieldResolver(() => [PreparationVisit], { nullable: true, description: 'The individual transition plan: visits before the move' })
  preparationVisits(@Root() plan: SupportPlan): PreparationVisit[] {
    return plan.preparationVisits;
  }
}

@Resolver(() => PlanTask)
export class PlanTaskFields {
  @FieldResolver(() => Agency, { nullable: true })
  responsibleAgency(@Ctx() ctx: RequestContext, @Root() task: PlanTask) {
    return agencyOf(ctx, task.responsibleAgencyId);
  }
}

@Resolver(() => PlanService)
export class PlanServiceFields {
  @FieldResolver(() => Agency, { nullable: true })
  provider(@Ctx() ctx: RequestContext, @Root() service: PlanService) {
    return agencyOf(ctx, service.providerAgencyId);
  }
}
