import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { CarerStatus } from '../kernel/carers';
import type { RequestContext } from '../kernel/context';
import { Agency, agencyOf, Municipality } from '../reference';
import { CARER_NEXT } from './lifecycle';
import {
  Carer, CarerForm, CarerTraining, CarerTransition, CompetenceAssessment, DevelopmentPlan, DevelopmentReview, HouseholdMember, TrainingKind,
} from './carer.types';

const hoursOf = (trainings: CarerTraining[], kind: TrainingKind) =>
  Math.round(trainings.filter((t) => t.kind === kind).reduce((sum, t) => sum + t.hours, 0) * 10) / 10;

@Resolver(() => Carer)
export class CarerFields {
  @FieldResolver(() => Municipality, { nullable: true, description: 'Where the carer lives' })
  municipality(@Ctx() ctx: RequestContext, @Root() carer: Carer) {
    return ctx.loaders.reference.municipalityByCode.load(carer.municipalityCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The support centre that supports the carer' })
  supportCentre(@Ctx() ctx: RequestContext, @Root() carer: Carer) {
    return agencyOf(ctx, carer.supportCentreId);
  }

  @FieldResolver(() => [CarerForm], { nullable: true, description: 'The forms the orphan court recognised, oldest decision first' })
  forms(@Ctx() ctx: RequestContext, @Root() carer: Carer): Promise<CarerForm[]> {
    return ctx.loaders.carers.formsByCarer.load(carer.id);
  }

  @FieldResolver(() => [HouseholdMember], { nullable: true, description: "The carer's household" })
  household(@Ctx() ctx: RequestContext, @Root() carer: Carer): Promise<HouseholdMember[]> {
    return ctx.loaders.carers.householdByCarer.load(carer.id);
  }

  @FieldResolver(() => [CarerTransition], { nullable: true, description: "Every step of the process, oldest first" })
  history(@Ctx() ctx: RequestContext, @Root() carer: Carer): Promise<CarerTransition[]> {
    return ctx.loaders.carers.historyByCarer.load(carer.id);
  }

  @FieldResolver(() => [CarerStatus], { nullable: true, description: 'The statuses the carer may move to next (whoever performs them)' })
  allowedNext(@Root() carer: Carer): readonly CarerStatus[] {
    return CARER_NEXT[carer.status];
  }

  @FieldResolver(() => [CarerTraining], { nullable: true, description: 'Training, oldest first' })
  trainings(@Ctx() ctx: RequestContext, @Root() carer: Carer): Promise<CarerTraining[]> {
    return ctx.loaders.carers.trainingsByCarer.load(carer.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Hours of initial competence-based training' })
  async initialTrainingHours(@Ctx() ctx: RequestContext, @Root() carer: Carer): Promise<number> {
    return hoursOf(await ctx.loaders.carers.trainingsByCarer.load(carer.id), TrainingKind.INITIAL);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Hours of further training' })
  async furtherTrainingHours(@Ctx() ctx: RequestContext, @Root() carer: Carer): Promise<number> {
    return hoursOf(await ctx.loaders.carers.trainingsByCarer.load(carer.id), TrainingKind.FURTHER);
  }

  @FieldResolver(() => [CompetenceAssessment], { nullable: true, description: 'Competence assessments, newest first' })
  competences(@Ctx() ctx: RequestContext, @Root() carer: Carer): Promise<CompetenceAssessment[]> {
    return ctx.loaders.carers.competencesByCarer.load(carer.id);
  }

  @FieldResolver(() => [DevelopmentPlan], { nullable: true, description: 'Development plan versions, newest (the one in force) first' })
  developmentPlans(@Ctx() ctx: RequestContext, @Root() carer: Carer): Promise<DevelopmentPlan[]> {
    return ctx.loaders.carers.plansByCarer.load(carer.id);
  }
}

@Resolver(() => CarerForm)
export class CarerFormFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The orphan court that decided' })
  decidingAgency(@Ctx() ctx: RequestContext, @Root() form: CarerForm) {
    return agencyOf(ctx, form.decidingAgencyId);
  }
}

@Resolver(() => CarerTransition)
export class CarerTransitionFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that took the step' })
  agency(@Ctx() ctx: RequestContext, @Root() step: CarerTransition) {
    return agencyOf(ctx, step.agencyId);
  }
}

@Resolver(() => DevelopmentPlan)
export class DevelopmentPlanFields {
  @FieldResolver(() => [DevelopmentReview], { nullable: true, description: 'Reviews of this version, oldest first' })
  reviews(@Ctx() ctx: RequestContext, @Root() plan: DevelopmentPlan): Promise<DevelopmentReview[]> {
    return ctx.loaders.carers.reviewsByPlan.load(plan.id);
  }
}
