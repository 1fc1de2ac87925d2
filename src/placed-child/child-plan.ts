import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { providedFields } from '../access/audit-fields';
import { reachableBy } from '../access/scope';
import { Case, TargetGroup } from '../cases';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { addMonths } from '../kernel/dates';
import { badInput } from '../kernel/errors';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { groupByKey, loader, oneByKey, readBack, uuids } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { Caller } from '../kernel/principal';
import { DateTime, LocalDate } from '../kernel/scalars';
import { text } from '../kernel/validate';
import { Agency, agencyOf } from '../reference';

/** One version of the support centre's support plan for a placed child (seed 000); the newest is in force. */
@ObjectType({ description: "The support centre's support plan for a child placed with a family it supports: one version, the newest in force" })
export class PlacedChildPlan {
  @Field(() => ID, { description: 'The plan version' })
  id!: string;

  caseId!: string;
  agencyId!: string;

  @Field(() => Int, { nullable: true, description: 'Version, from 1' })
  version!: number;

  @Field(() => String, { nullable: true, description: "Goals for the child's life in the family" })
  goals!: string;

  @Field(() => String, { nullable: true, description: 'The support the centre gives the child and the family to reach them' })
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

@InputType({ description: "A new version of the support centre's support plan for a placed child (it supersedes the one before)" })
export class SavePlacedChildPlanInput {
  @Field(() => ID, { description: "The child's case" })
  caseId!: string;

  @Field({ description: "Goals for the child's life in the family (at most 4,000 characters)" })
  goals!: string;

  @Field({ description: 'The support the centre gives (at most 4,000 characters)' })
  support!: string;

  @Field(() => LocalDate, { description: 'In force from: the child lives with a family (a foster family, a guardian, before adoption) then' })
  validFrom!: string;

  @Field(() => LocalDate, { description: 'When it is to be reviewed: after validFrom, within a year of it' })
  reviewDueOn!: string;
}

const COLUMNS = `x.id, x.case_id AS "caseId", x.version, x.goals, x.support, x.valid_from::text AS "validFrom",
  x.review_due_on::text AS "reviewDueOn", x.agency_id AS "agencyId", x.user_id AS "userId", x.created_at AS "createdAt"`;

export function createPlacedChildLoaders(db: DataSource, principal: Caller) {
  const agency = principal.agency.id;
  const plansByCase = loader<string, PlacedChildPlan[]>(async (ids) => {
    const rows: PlacedChildPlan[] = await db.query(
      `SELECT ${COLUMNS} FROM placed_child_plan x WHERE x.case_id = ANY($2::uuid[]) AND ${reachableBy('x.case_id', '$1', principal)}
        ORDER BY x.case_id, x.version DESC`, [agency, uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.caseId);
  });
  const planById = loader<string, PlacedChildPlan | null>(async (ids) => {
    const rows: PlacedChildPlan[] = await db.query(
      `SELECT ${COLUMNS} FROM placed_child_plan x WHERE x.id = ANY($2::uuid[]) AND ${reachableBy('x.case_id', '$1', principal)}`,
      [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id);
  });
  return { plansByCase, planById };
}

declare module '../kernel/context' {
  interface FeatureLoaders {
    placedChild: ReturnType<typeof createPlacedChildLoaders>;
  }
}

/** The family placements a centre supports a child in (not an institution, not the birth family). */
const FAMILY_PLACEMENTS = `'{FOSTER_FAMILY,GUARDIAN,ADOPTION_PRE_PLACEMENT}'::text[]`;

async function save(ctx: RequestContext, input: SavePlacedChildPlanInput, idempotencyKey: string | null): Promise<PlacedChildPlan> {
  const goals = text('input.goals', input.goals, { max: 4000, required: true });
  const support = text('input.support', input.support, { max: 4000, required: true });
  if (input.reviewDueOn <= input.validFrom) throw badInput('input.reviewDueOn', 'must be after validFrom');
  // reviewed at least once a year, as the case's plan (DOMAIN.md, the case lifecycle)
  if (input.reviewDueOn > addMonths(input.validFrom, 12)) throw badInput('input.reviewDueOn', 'must be within a year of validFrom');
  const id = await runMutation(ctx, producesId('savePlacedChildPlan', idempotencyKey, { input }), async (tx) => {
    // the case's row lock: versions of one case are numbered one after the other
    const [found]: { targetGroup: TargetGroup; inFamily: boolean; version: number }[] = await tx.query(
      `SELECT c.target_group AS "targetGroup",
              EXISTS (SELECT 1 FROM placement p WHERE p.case_id = c.id AND p.type = ANY(${FAMILY_PLACEMENTS})
                         AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)) AS "inFamily",
              COALESCE((SELECT max(x.version) FROM placed_child_plan x WHERE x.case_id = c.id), 0) AS version
         FROM care_case c WHERE c.id = $1 FOR NO KEY UPDATE OF c`, [input.caseId, input.validFrom]);
    if (!found) throw badInput('input.caseId', 'is not a case');
    if (found.targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER) {
      throw badInput('input.caseId', "a placed child's support plan is for a child; this is an adult's case");
    }
    if (!found.inFamily) {
      throw badInput('input.validFrom', `the child lives with no foster family, guardian or adoptive family on ${input.validFrom}`);
    }
    const [row] = await tx.query(
      `INSERT INTO placed_child_plan (case_id, version, goals, support, valid_from, review_due_on, agency_id, user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [input.caseId, found.version + 1, goals, support, input.validFrom, input.reviewDueOn, ctx.principal.agency.id, ctx.principal.userId]);
    await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'savePlacedChildPlan',
      entity: 'PlacedChildPlan', entityId: row.id, fields: providedFields(input), categories: [Category.PLAN],
      oldVersion: found.version === 0 ? null : found.version, newVersion: found.version + 1 });
    return row.id as string;
  });
  return readBack(ctx.loaders.placedChild.planById, id, "Placed child's plan");
}

@Resolver(() => PlacedChildPlan)
export class PlacedChildPlanResolver {
  @Mutation(() => PlacedChildPlan, { description: "Saves a new version of the support centre's support plan for a child placed with a family" })
  savePlacedChildPlan(@Ctx() ctx: RequestContext,
    @Arg('input', () => SavePlacedChildPlanInput, { description: 'The plan' }) input: SavePlacedChildPlanInput,
    @IdempotencyKey() idempotencyKey: string | null): Promise<PlacedChildPlan> {
    return save(ctx, input, idempotencyKey);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The support centre that wrote it' })
  agency(@Ctx() ctx: RequestContext, @Root() plan: PlacedChildPlan) {
    return agencyOf(ctx, plan.agencyId);
  }
}

@Resolver(() => Case)
export class CasePlacedChildFields {
  @FieldResolver(() => [PlacedChildPlan], { nullable: true,
    description: "The support centre's support plan for the placed child, its versions newest (in force) first" })
  placedChildPlans(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<PlacedChildPlan[]> {
    return ctx.loaders.placedChild.plansByCase.load(c.id);
  }
}
