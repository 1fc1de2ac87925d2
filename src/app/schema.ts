import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { buildPermissions } from '../access/rules';
import { MODULES } from './modules';

/** The schema as the code defines it, without permissions: what `schema/schema.graphql` holds. */
export function buildBareSchema(): Promise<GraphQLSchema> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver list type
  const resolvers = MODULES.flatMap((m) => m.resolvers) as NonEmptyArray<Function>;
  return buildSchema({ resolvers, validate: false });
}

/** The served schema: every field behind the rules generated from the access policy. */
export async function buildServedSchema(): Promise<GraphQLSchema> {
  return applyMiddleware(await buildBareSchema(), buildPermissions());
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
