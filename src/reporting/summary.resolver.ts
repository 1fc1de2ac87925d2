import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { TargetGroup } from '../cases';
import type { RequestContext } from '../kernel/context';
import { Metric } from './metrics';
import { GroupBy, PeriodInput, RegionalSummary, TrendPoint } from './summary.types';
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

  @Query(() => [TrendPoint], { description: 'One DI figure per month, oldest first, within the caller’s scope' })
  trend(
    @Ctx() ctx: RequestContext,
    @Arg('metric', () => Metric) metric: Metric,
    @Arg('groupBy', () => GroupBy, { defaultValue: GroupBy.MUNICIPALITY }) groupBy: GroupBy,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('targetGroup', () => TargetGroup, { nullable: true }) targetGroup: TargetGroup | null,
  ): Promise<TrendPoint[]> {
    return summaryService.trend(ctx, { metric, groupBy, months, region, targetGroup });
  }
}
