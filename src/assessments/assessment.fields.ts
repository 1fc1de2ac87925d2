import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { Assessment } from './assessment.entity';

@Resolver(() => Assessment)
export class AssessmentFields {
  @FieldResolver(() => Agency, { nullable: true })
  authorAgency(@Ctx() ctx: RequestContext, @Root() assessment: Assessment) {
    return agencyOf(ctx, assessment.authorAgencyId);
  }
}
