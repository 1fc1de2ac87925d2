import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Case, caseService, ReachedCase } from '../cases';
import type { RequestContext } from '../kernel/context';
import { AccessReport, RestrictAccessReportInput } from './access-report.types';
import { accessReportService } from './access-report.service';
import { AccessLogConnection, AccessLogEntry } from './access-log.types';
import { accessLogService } from './access-log.service';

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  @Query(() => AccessLogConnection, { description: 'Who accessed a case: for its case manager, its DPO and inspectors' })
  caseAccessLog(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AccessLogConnection> {
    return accessLogService.list(ctx, caseId, first, after);
  }

  @Query(() => AccessReport, {
    description: "A person's own access report, for the state portal (purpose CLIENT_REQUEST): who used the person's case data, when and why",
  })
  accessReport(
    @Ctx() ctx: RequestContext,
    @Arg('personalCode', { description: 'Verified by the portal' }) personalCode: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AccessReport> {
    return accessReportService.report(ctx, personalCode, first, after);
  }

  @Mutation(() => Case, { description: "The orphan court withholds a child's case from the person's access report (or lifts that)" })
  async restrictAccessReport(@Ctx() ctx: RequestContext, @Arg('input') input: RestrictAccessReportInput): Promise<ReachedCase> {
    return caseService.get(ctx, await accessReportService.restrict(ctx, input));
  }
}
