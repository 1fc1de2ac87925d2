import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { AccessLogEntry } from './access-log.types';

@Resolver(() => AccessLogEntry)
export class AccessLogFields {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Ctx() ctx: RequestContext, @Root() entry: AccessLogEntry) {
    return agencyOf(ctx, entry.agencyId);
  }
}
