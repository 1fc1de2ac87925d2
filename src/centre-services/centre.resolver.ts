import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { LocalDate } from '../kernel/scalars';
import { activityService } from './activity.service';
import {
  CentreActivity, CentreActivityConnection, CentreActivityCount, CentreService, IssuedSurveyTokens, OpenPartnerSurveyInput, PartnerKind,
  PartnerSurvey, RecordCentreActivityInput, SurveyQuestion,
} from './centre.types';
import { CentreEvaluation } from './evaluation.types';
import { evaluationService } from './evaluation.service';
import { surveyService } from './survey.service';

/** A support centre's services, its records of them, its partner surveys and its yearly evaluation. */
@Resolver()
export class CentreResolver {
  @Query(() => [CentreService], { description: "The support centres' services (seed 000), from the register" })
  centreServices(@Ctx() ctx: RequestContext): Promise<CentreService[]> {
    return activityService.services(ctx);
  }

  @Query(() => [SurveyQuestion], { description: "The partner surveys' questions, from the register" })
  surveyQuestions(
    @Ctx() ctx: RequestContext,
    @Arg('partnerKind', () => PartnerKind, { nullable: true, description: 'Only the questions asked of this kind of partner' })
    partnerKind: PartnerKind | null,
  ): Promise<SurveyQuestion[]> {
    return surveyService.questions(ctx, partnerKind);
  }

  @Query(() => CentreActivityConnection, { description: "Your support centre's activities in a period, newest first" })
  centreActivities(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => LocalDate, { description: 'The first day' }) from: string,
    @Arg('to', () => LocalDate, { description: 'The last day' }) to: string,
    @Arg('serviceCode', () => String, { nullable: true, description: 'Only the activities of this service' }) serviceCode: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (at most 100)' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the page before' }) after: string | null,
  ): Promise<CentreActivityConnection> {
    return activityService.list(ctx, { from, to, serviceCode, first, after });
  }

  @Query(() => [CentreActivityCount], { description: "Your support centre's activities per month and service in a period (at most 36 months)" })
  centreActivityCounts(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => LocalDate, { description: 'The first day' }) from: string,
    @Arg('to', () => LocalDate, { description: 'The last day' }) to: string,
  ): Promise<CentreActivityCount[]> {
    return activityService.counts(ctx, from, to);
  }

  @Query(() => [PartnerSurvey], { description: "Your support centre's partner surveys, newest year first" })
  partnerSurveys(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only the surveys of this year' }) year: number | null,
  ): Promise<PartnerSurvey[]> {
    return surveyService.list(ctx, year);
  }

  @Query(() => CentreEvaluation, { description: "A support centre's yearly evaluation: its services' indicators and its closed partner surveys' results" })
  centreEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('centreCode', { description: 'The support centre, by its code in the agency register' }) centreCode: string,
    @Arg('year', () => Int, { description: 'The year evaluated' }) year: number,
  ): Promise<CentreEvaluation> {
    return evaluationService.evaluate(ctx, centreCode, year);
  }

  @Mutation(() => CentreActivity, { description: "Records an activity of one of your support centre's services" })
  recordCentreActivity(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordCentreActivityInput, { description: 'The activity' }) input: RecordCentreActivityInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<CentreActivity> {
    return activityService.record(ctx, input, idempotencyKey);
  }

  @Mutation(() => PartnerSurvey, { description: 'Opens a partner survey of your support centre for a year and a kind of partner' })
  openPartnerSurvey(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OpenPartnerSurveyInput, { description: 'The year and who it asks' }) input: OpenPartnerSurveyInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<PartnerSurvey> {
    return surveyService.open(ctx, input, idempotencyKey);
  }

  @Mutation(() => IssuedSurveyTokens, { description: 'Issues one-time response tokens for an open survey of your centre, to hand to respondents' })
  issueSurveyTokens(
    @Ctx() ctx: RequestContext,
    @Arg('surveyId', () => ID, { description: 'The survey' }) surveyId: string,
    @Arg('count', () => Int, { description: 'How many tokens (1 to 500)' }) count: number,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<IssuedSurveyTokens> {
    return surveyService.issueTokens(ctx, surveyId, count, idempotencyKey);
  }

  @Mutation(() => PartnerSurvey, { description: 'Closes a survey of your centre: unused tokens are void and its results are published' })
  closePartnerSurvey(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The survey' }) id: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<PartnerSurvey> {
    return surveyService.close(ctx, id, idempotencyKey);
  }
}
