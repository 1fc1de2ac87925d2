import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { AccessLogEntry } from './access-log.types';
import { AccessReportEntry } from './access-report.types';

@Resolver(() => AccessLogEntry)
export class AccessLogFields {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Ctx() ctx: RequestContext, @Root() entry: AccessLogEntry) {
    return agencyOf(ctx, entry.agencyId);
  }
}

@Resolver(() => AccessReportEntry)
export class AccessReportFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that used the data (its name and kind; never who in it)' })
  agency(@Ctx() ctx: RequestContext, @Root() entry: AccessReportEntry) {
    return agencyOf(ctx, entry.agencyId);
  }
}
