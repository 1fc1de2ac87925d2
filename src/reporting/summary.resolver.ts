import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { TargetGroup } from '../cases/case.entity';
import type { RequestContext } from '../graphql/context';
import { Metric } from './metrics';
import { GroupBy, PeriodInput, RegionalSummary } from './summary.types';
import { summaryService } from './summary.service';

@Resolver()
export class SummaryResolver {
  @Query(() => RegionalSummary, { description: 'The DI monitoring figures for analysts, within their scope; small counts suppressed' })
  regionalSummary(
    @Ctx() ctx: RequestContext,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('groupBy', () => GroupBy, { defaultValue: GroupBy.MUNICIPALITY }) groupBy: GroupBy,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('targetGroup', () => TargetGroup, { nullable: true }) targetGroup: TargetGroup | null,
    @Arg('metrics', () => [Metric], { nullable: true, description: 'Defaults to every figure' }) metrics: Metric[] | null,
  ): Promise<RegionalSummary> {
    return summaryService.summary(ctx, { period, groupBy, region, targetGroup, metrics });
  }
}
