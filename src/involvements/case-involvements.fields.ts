import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { Involvement } from './involvement.entity';

/** `Case.involvements`: the involvements feature extends the case. */
@Resolver(() => Case)
export class CaseInvolvementFields {
  @FieldResolver(() => [Involvement], { nullable: true, description: 'Past and present involvements' })
  involvements(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<Involvement[]> {
    return ctx.loaders.involvements.involvementsByCase.load(c.id);
  }
}
