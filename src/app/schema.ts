import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { guardFieldReads } from '../access/field-guard';
import { operationPermissions } from '../access/rules';
import { MODULES } from './modules';
import { resolveFieldsDirectly } from './field-resolution';
import { referenceCodeChecks } from './reference-codes';
import { describeSchema } from './schema-docs';

/** The schema exactly as the code's decorators define it (the schema-docs test compares the catalog with it). */
export async function buildDecoratedSchema(): Promise<GraphQLSchema> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver list type
  const resolvers = MODULES.flatMap((m) => m.resolvers) as NonEmptyArray<Function>;
  return resolveFieldsDirectly(await buildSchema({ resolvers, validate: false }));
}

/** The schema as the code defines it, described, without permissions: what `schema/schema.graphql` holds. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  return describeSchema(await buildDecoratedSchema());
}

/**
 * The served schema, everything behind rules generated from the access policy: the root fields
 * behind graphql-shield, every other field behind the read guard. Before the shield (the first
 * middleware runs outermost): the reference codes an operation names are checked to exist.
 */
export async function buildServedSchema(): Promise<GraphQLSchema> {
  const bare = await buildBareSchema();
  return guardFieldReads(applyMiddleware(bare, referenceCodeChecks(bare), operationPermissions(bare)));
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
