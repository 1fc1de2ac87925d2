import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';

/**
 * The id a client cache keys reference data by: the register code itself (stable across releases,
 * unique within its type), so a cache needs no hand-written key for these types.
 */
@Resolver(() => Municipality)
export class MunicipalityIdField {
  @FieldResolver(() => ID, { description: 'The cache key: the municipality code (stable, unique among municipalities)' })
  id(@Root() m: Municipality): string {
    return m.code;
  }
}

@Resolver(() => Region)
export class RegionIdField {
  @FieldResolver(() => ID, { description: 'The cache key: the region code (stable, unique among regions)' })
  id(@Root() r: Region): string {
    return r.code;
  }
}
