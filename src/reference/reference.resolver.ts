import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { AgencyKind } from '../kernel/principal';
import type { RequestContext } from '../kernel/context';
import { Agency } from './agency.entity';
import { Me } from './me.types';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';
import { referenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  @Query(() => Me, { description: 'Who the hub takes the caller to be' })
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return referenceService.me(ctx);
  }

  @Query(() => [Region])
  regions(@Ctx() ctx: RequestContext): Promise<Region[]> {
    return referenceService.regions(ctx);
  }

  @Query(() => [Municipality])
  municipalities(
    @Ctx() ctx: RequestContext,
    @Arg('regionCode', () => String, { nullable: true }) regionCode: string | null,
  ): Promise<Municipality[]> {
    return referenceService.municipalities(ctx, regionCode);
  }

  @Query(() => [Agency], { description: 'The agency register' })
  agencies(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => AgencyKind, { nullable: true }) kind: AgencyKind | null,
    @Arg('municipalityCode', () => String, { nullable: true }) municipalityCode: string | null,
  ): Promise<Agency[]> {
    return referenceService.agencies(ctx, kind, municipalityCode);
  }
}
