import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { CarerCategory, CarerStatus } from '../kernel/carers';
import type { RequestContext } from '../kernel/context';
import { addMonths } from '../kernel/dates';
import { badInput } from '../kernel/errors';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { producesId, runMutation } from '../kernel/mutation';
import { DateTime, LocalDate } from '../kernel/scalars';
import { text } from '../kernel/validate';
import { auditCarer, carerService, lockCarer } from './carer.service';
import { Carer } from './carer.types';

/** The support centre's support plan for a carer (seed 000, "foster family support plan"), one version of it. */
@ObjectType({ description: "The support centre's support plan for the carer (audžuģimenes atbalsta plāns): one version, the newest in force" })
export class CarerSupportPlan {
  @Field(() => ID, { description: 'The plan version' })
  id!: string;

  carerId!: string;

  @Field(() => Int, { nullable: true, description: 'Version, from 1' })
  version!: number;

  @Field(() => String, { nullable: true, description: "The family's needs for support" })
  needs!: string;

  @Field(() => String, { nullable: true, description: 'The support the centre gives (crisis support, respite, support groups, a mentor, specialists)' })
  support!: string;

  @Field(() => LocalDate, { nullable: true, description: 'In force from' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When it is to be reviewed' })
  reviewDueOn!: string;

  @Field(() => String, { nullable: true, description: 'The centre user who saved this version' })
  userId!: string;

  @Field(() => DateTime, { nullable: true, description: 'When this version was saved' })
  createdAt!: Date;
}

@InputType({ description: "A new version of the carer's support plan (it supersedes the one before)" })
export class SaveCarerSupportPlanInput {
  @Field(() => ID, { description: 'The carer' })
  carerId!: string;

  @Field({ description: "The family's needs for support (at most 4,000 characters)" })
  needs!: string;

  @Field({ description: 'The support the centre gives (at most 4,000 characters)' })
  support!: string;

  @Field(() => LocalDate, { description: 'In force from' })
  validFrom!: string;

  @Field(() => LocalDate, { description: 'When it is to be reviewed: after validFrom, within a year of it' })
  reviewDueOn!: string;
}

@Resolver(() => Carer)
export class CarerSupportPlanResolver {
  @Mutation(() => Carer, { description: "Saves a new version of the support centre's support plan for the carer" })
  saveCarerSupportPlan(@Ctx() ctx: RequestContext, @Arg('input', () => SaveCarerSupportPlanInput) input: SaveCarerSupportPlanInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<Carer> {
    return saveSupportPlan(ctx, input, idempotencyKey);
  }

  @FieldResolver(() => [CarerSupportPlan], { nullable: true, description: "The centre's support plan versions for the carer, newest (in force) first" })
  supportPlans(@Ctx() ctx: RequestContext, @Root() carer: Carer): Promise<CarerSupportPlan[]> {
    return ctx.loaders.carers.supportPlansByCarer.load(carer.id);
  }
}

/** Appends the next version; a carer that has not reached the suitability decision, or has exited, has none. */
async function saveSupportPlan(ctx: RequestContext, input: SaveCarerSupportPlanInput, idempotencyKey: string | null): Promise<Carer> {
  const needs = text('input.needs', input.needs, { max: 4000, required: true });
  const support = text('input.support', input.support, { max: 4000, required: true });
  if (input.reviewDueOn <= input.validFrom) throw badInput('input.reviewDueOn', 'must be after validFrom');
  // the plans are reviewed at least once a year (DOMAIN.md, the case lifecycle), as the case's plan
  if (input.reviewDueOn > addMonths(input.validFrom, 12)) throw badInput('input.reviewDueOn', 'must be within a year of validFrom');
  await runMutation(ctx, producesId('saveCarerSupportPlan', idempotencyKey, { input }), async (tx) => {
    const carer = await lockCarer(tx, input.carerId);
    if (![CarerStatus.SUITABILITY_DECIDED, CarerStatus.ACTIVE, CarerStatus.PAUSED].includes(carer.status)) {
      throw badInput('input.carerId', `a support plan is for a carer found suitable (SUITABILITY_DECIDED, ACTIVE or PAUSED); this one is ${carer.status}`);
    }
    const [row] = await tx.query(
      `INSERT INTO carer_support_plan (carer_id, version, needs, support, valid_from, review_due_on, agency_id, user_id)
       SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5, $6, $7 FROM carer_support_plan WHERE carer_id = $1
       RETURNING id, version`,
      [input.carerId, needs, support, input.validFrom, input.reviewDueOn, ctx.principal.agency.id, ctx.principal.userId]);
    await auditCarer(ctx, tx, 'saveCarerSupportPlan', 'CarerSupportPlan', row.id, ['needs', 'support', 'validFrom', 'reviewDueOn'],
      CarerCategory.CARER_ASSESSMENT, [row.version > 1 ? row.version - 1 : null, row.version]);
    return row.id as string;
  });
  return carerService.get(ctx, input.carerId);
}
