import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { Assessment } from './assessment.entity';

/** A case's assessments. */
@Resolver(() => Case)
export class CaseAssessmentFields {
  @FieldResolver(() => [Assessment], { nullable: true, description: 'Newest first' })
  assessments(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<Assessment[]> {
    return ctx.loaders.assessments.assessmentsByCase.load(c.id);
  }

  @FieldResolver(() => Assessment, { nullable: true })
  latestAssessment(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<Assessment | null> {
    return ctx.loaders.assessments.latestAssessmentByCase.load(c.id);
  }
}
