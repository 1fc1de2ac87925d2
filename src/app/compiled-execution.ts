import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, ExecutionResult, GraphQLSchema, printSchema } from 'graphql';
import { completeRead } from '../access/compiled-answer';
import { NotCompiled, readCompiler } from '../access/compiled-read';
import type { RequestContext } from '../kernel/context';
import type { FeatureModule } from '../kernel/module';
import type { Projections } from '../kernel/projection';

/** The features' projections, a type's fields merged over the features that project them. */
export function mergedProjections(modules: readonly FeatureModule[]): Projections {
  const merged: Projections = {};
  for (const module of modules) {
    for (const [type, projection] of Object.entries(module.projections ?? {})) {
      const into = (merged[type] ??= { fields: {} });
      for (const field of Object.keys(projection.fields)) {
        if (into.fields[field]) throw new Error(`${type}.${field} is projected by two features`);
      }
      Object.assign(into.fields, projection.fields);
      into.table ??= projection.table;
      into.rowCategory ??= projection.rowCategory;
    }
  }
  return merged;
}

/**
 * How the hub executes an operation: graphql-js, with the case objects that compiled reads can build
 * (access/compiled-read.ts) built by one statement each. Apollo calls it where it would call
 * graphql-js (its gateway hook): parsing, validation, the limits, errors and plugins stay Apollo's.
 */
export function compiledExecutor(schema: GraphQLSchema, projections: Projections): GatewayExecutor {
  const compileRead = readCompiler(schema, projections);
  return async (request) => {
    const ctx = request.context as RequestContext;
    const variables = request.request.variables ?? {};
    const run = (document: DocumentNode) => execute({ schema, document, contextValue: ctx, variableValues: variables,
      operationName: request.operationName ?? undefined }) as ExecutionResult | Promise<ExecutionResult>;
    const compiled = compileRead(request.document, request.operationName, variables);
    if (!compiled) return run(request.document);
    try {
      return await completeRead(ctx, compiled, await run(compiled.document));
    } catch (error) {
      // reads only, nothing recorded yet: the operation is answered field by field instead
      if (error instanceof NotCompiled) return run(request.document);
      throw error;
    }
  };
}

/** Apollo's gateway interface, serving one fixed schema with the compiled executor. */
export function compiledReadsGateway(schema: GraphQLSchema, projections: Projections): GatewayInterface {
  return {
    async load() {
      return { executor: compiledExecutor(schema, projections) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
