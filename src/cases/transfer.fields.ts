import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { CaseTransfer } from './transfer.types';

@Resolver(() => CaseTransfer)
export class CaseTransferFields {
  @FieldResolver(() => Agency, { nullable: true })
  from(@Ctx() ctx: RequestContext, @Root() transfer: CaseTransfer) {
    return agencyOf(ctx, transfer.fromAgencyId);
  }

  @FieldResolver(() => Agency, { nullable: true })
  to(@Ctx() ctx: RequestContext, @Root() transfer: CaseTransfer) {
    return agencyOf(ctx, transfer.toAgencyId);
  }
}
