import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { qualityService } from './quality.service';
import { CaseQualityConnection, DataQuality, QualityGroupBy } from './quality.types';

@Resolver()
export class QualityResolver {
  @Query(() => DataQuality, { description: 'The data-quality score of open cases per municipality or agency, for analysts within their scope; small groups suppressed' })
  dataQuality(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => QualityGroupBy, { defaultValue: QualityGroupBy.MUNICIPALITY }) groupBy: QualityGroupBy,
    @Arg('region', () => String, { nullable: true }) region: string | null,
  ): Promise<DataQuality> {
    return qualityService.report(ctx, groupBy, region ?? null);
  }

  @Query(() => CaseQualityConnection, { description: "The data-quality score of the open cases the caller's agency manages, lowest first, with what is missing" })
  myCaseQuality(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('assignedToMe', { defaultValue: false, description: 'Only the cases the caller is the case manager of' }) assignedToMe: boolean,
  ): Promise<CaseQualityConnection> {
    return qualityService.myCases(ctx, first, after ?? null, assignedToMe);
  }
}
