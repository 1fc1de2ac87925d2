import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CarerStatus } from '../kernel/carers';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { carerRecordsService } from './carer-records.service';
import { carerService } from './carer.service';
import {
  AddHouseholdMemberInput, AssessCarerCompetencesInput, Carer, RecognizeCarerFormInput, RecordCarerTrainingInput, RegisterCarerInput,
  ReviewDevelopmentPlanInput, SaveDevelopmentPlanInput, TransitionCarerInput, UpdateCarerContactInput,
} from './carer.types';

@Resolver(() => Carer)
export class CarerResolver {
  @Query(() => Carer, { nullable: true, description: 'One carer your agency stands in a relation to (its fields as the relation allows)' })
  carer(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The carer' }) id: string): Promise<Carer> {
    return carerService.get(ctx, id);
  }

  @Query(() => [Carer], { description: "The carers your agency supports, decides on (its municipality's) or has placed a child with, by name" })
  carers(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => [CarerStatus], { nullable: true, description: 'Only carers in these statuses' }) status: CarerStatus[] | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many (1 to 500)' }) first: number,
  ): Promise<Carer[]> {
    return carerService.list(ctx, status, first);
  }

  @Mutation(() => Carer, { description: 'Registers a carer at its inquiry; the calling support centre supports it' })
  registerCarer(@Ctx() ctx: RequestContext, @Arg('input', () => RegisterCarerInput) input: RegisterCarerInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return carerService.register(ctx, input, idempotencyKey);
  }

  @Mutation(() => Carer, { description: "Moves a carer along the support centre's process (the suitability decision is the orphan court's)" })
  transitionCarer(@Ctx() ctx: RequestContext, @Arg('input', () => TransitionCarerInput) input: TransitionCarerInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return carerService.transition(ctx, input, idempotencyKey);
  }

  @Mutation(() => Carer, { description: "Updates the carer's address or phone" })
  updateCarerContact(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateCarerContactInput) input: UpdateCarerContactInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return carerService.updateContact(ctx, input, idempotencyKey);
  }

  @Mutation(() => Carer, { description: "Adds a member of the carer's household" })
  addHouseholdMember(@Ctx() ctx: RequestContext, @Arg('input', () => AddHouseholdMemberInput) input: AddHouseholdMemberInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return carerService.addHouseholdMember(ctx, input, idempotencyKey);
  }

  @Mutation(() => Carer, { description: "Records the orphan court's decision recognising a foster family for a form" })
  recognizeCarerForm(@Ctx() ctx: RequestContext, @Arg('input', () => RecognizeCarerFormInput) input: RecognizeCarerFormInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return carerRecordsService.recognizeForm(ctx, input, idempotencyKey);
  }

  @Mutation(() => Carer, { description: 'Records training hours of a carer' })
  recordCarerTraining(@Ctx() ctx: RequestContext, @Arg('input', () => RecordCarerTrainingInput) input: RecordCarerTrainingInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return carerRecordsService.recordTraining(ctx, input, idempotencyKey);
  }

  @Mutation(() => Carer, { description: 'Records a competence assessment over the five competence categories' })
  assessCarerCompetences(@Ctx() ctx: RequestContext, @Arg('input', () => AssessCarerCompetencesInput) input: AssessCarerCompetencesInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return carerRecordsService.assessCompetences(ctx, input, idempotencyKey);
  }

  @Mutation(() => Carer, { description: "Saves a new version of the family's development plan" })
  saveDevelopmentPlan(@Ctx() ctx: RequestContext, @Arg('input', () => SaveDevelopmentPlanInput) input: SaveDevelopmentPlanInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return carerRecordsService.savePlan(ctx, input, idempotencyKey);
  }

  @Mutation(() => Carer, { description: "Records a review of the family's current development plan" })
  reviewDevelopmentPlan(@Ctx() ctx: RequestContext, @Arg('input', () => ReviewDevelopmentPlanInput) input: ReviewDevelopmentPlanInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return carerRecordsService.reviewPlan(ctx, input, idempotencyKey);
  }
}
