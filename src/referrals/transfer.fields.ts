import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { Agency, agencyOf } from '../reference';
import { CaseTransfer } from './transfer.types';

@Resolver(() => CaseTransfer)
export class CaseTransferFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The social service managing the case, which asked' })
  from(@Ctx() ctx: RequestContext, @Root() transfer: CaseTransfer) {
    return agencyOf(ctx, transfer.fromAgencyId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The social service of the client's new municipality, which answers" })
  to(@Ctx() ctx: RequestContext, @Root() transfer: CaseTransfer) {
    return agencyOf(ctx, transfer.toAgencyId);
  }
}
