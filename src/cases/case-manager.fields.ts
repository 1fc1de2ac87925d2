import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../graphql/agency-field';
import type { RequestContext } from '../graphql/context';
import { Agency } from '../reference/agency.entity';
import { CaseManager } from './case-manager.type';

@Resolver(() => CaseManager)
export class CaseManagerFields {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Ctx() ctx: RequestContext, @Root() manager: CaseManager) {
    return agencyOf(ctx, manager.agencyId);
  }
}
