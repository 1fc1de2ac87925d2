import type { DataSource } from 'typeorm';
import type { CaseAccess, CaseFacts, FeatureLoaders } from './context';
import type { Caller } from './principal';
import type { Projections } from './projection';
import type { ReferenceKind } from './reference-codes';

/** What a feature's loaders are built from: the request's caller and database, and every feature's loaders (read lazily). */
export interface LoaderDeps {
  db: DataSource;
  principal: Caller;
  /** The loaders of the features listed before this one in app/modules.ts. */
  loaders: FeatureLoaders;
  /** The request's knowledge of the caller's roles per case, for the cases feature to fill as it loads cases. */
  caseAccess: Map<string, CaseAccess>;
}

/**
 * A feature describes itself to the app (as Vendure's plugins do): its GraphQL resolvers, its
 * TypeORM entities, its per-request loaders under its own key, and the facts it offers the access
 * layer. Adding a feature is its folder, one line in app/modules.ts and its rows in the policy table.
 */
export interface FeatureModule {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's and TypeORM's own class lists
  resolvers: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: Function[];
  loaders?: { [K in keyof FeatureLoaders]: { key: K; create(deps: LoaderDeps): FeatureLoaders[K] } }[keyof FeatureLoaders];
  facts?(loaders: FeatureLoaders): Partial<CaseFacts>;
  /**
   * The input fields (`InputType.field`) and root arguments (`Query.field.argument`) of this feature
   * that take a code of a public register (a String or a list of them): the app checks each is
   * known before any rule decides (kernel/reference-codes.ts).
   */
  referenceCodes?: Record<string, ReferenceKind>;
  /** How this feature's fields are read in SQL by compiled reads (kernel/projection.ts); a type's entries are merged over features. */
  projections?: Projections;
}

/** Declares a feature module (a typed identity: the descriptor is checked where it is written). */
export function defineModule(module: FeatureModule): FeatureModule {
  return module;
}
