import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { CareApplication } from './application.types';

/** A client's applications for long-term care. */
@Resolver(() => Case)
export class CaseApplicationFields {
  @FieldResolver(() => [CareApplication], { nullable: true, description: "The client's applications for long-term care, newest first" })
  careApplications(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<CareApplication[]> {
    return ctx.loaders.waitingList.applicationsByCase.load(c.id);
  }
}
