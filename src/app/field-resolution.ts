import { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema, isIntrospectionType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * What type-graphql adds to every plain field's call, taken off where it does nothing (the hub uses
 * no type-graphql middlewares or `@Authorized`: access is the field guard's, generated from the
 * policy). On a list page these are thousands of calls per request.
 *
 * Not done: converting each row for `@Root()` once (type-graphql copies a plain row into an instance
 * of the parameter's class per field resolver call). Cached in a WeakMap it cost more than the
 * copies it saved (bench --profile: 2.1% self time against 0.9% for type-graphql's convertToType).
 */

type Resolver = GraphQLFieldResolver<unknown, unknown>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- a decorated class, as type-graphql's metadata holds it
type ClassType = Function;

/** Each object type of the schema with the class that declares it and the classes its `@FieldResolver`s may name. */
function objectTypes(schema: GraphQLSchema): { type: GraphQLObjectType; target: ClassType; resolvesOn: (on: unknown) => boolean;
  fields: NonNullable<ReturnType<typeof getMetadataStorage>['objectTypes'][number]['fields']> }[] {
  return getMetadataStorage().objectTypes.flatMap((meta) => {
    const type = schema.getType(meta.name);
    if (!isObjectType(type) || isIntrospectionType(type)) return [];
    const { target } = meta;
    const interfaces = (meta as { interfaceClasses?: unknown[] }).interfaceClasses ?? [];
    const resolvesOn = (on: unknown) => typeof on === 'function'
      && (on === target || target.prototype instanceof on || interfaces.includes(on));
    return [{ type, target, resolvesOn, fields: meta.fields ?? [] }];
  });
}

/**
 * type-graphql gives every `@Field` without a resolver of its own a wrapper that builds its
 * middleware chain (a closure and an object per call) before it reads `root[name]`, even with no
 * middlewares: such a field is read directly. Only a field positively known to be plain is
 * changed: declared on the type's own class, under its own name, with no middlewares or roles, and
 * no `@FieldResolver` for it on that class, its ancestors or its interfaces.
 */
function readPlainFieldsDirectly(schema: GraphQLSchema): void {
  const resolved = getMetadataStorage().fieldResolvers.map((r) => ({ name: r.schemaName, on: r.getObjectType?.() as unknown }));
  for (const { type, target, resolvesOn, fields } of objectTypes(schema)) {
    const schemaFields = type.getFields();
    for (const field of fields) {
      const schemaField = schemaFields[field.schemaName];
      if (!schemaField || field.target !== target || field.name !== field.schemaName) continue;
      if (field.middlewares?.length || field.roles?.length) continue;
      if (resolved.some((r) => r.name === field.schemaName && resolvesOn(r.on))) continue;
      const { name } = field;
      schemaField.resolve = ((source: Record<string, unknown>) => source[name]) as Resolver;
    }
  }
}

/** The schema type-graphql built, its plain fields read directly; the same schema object. */
export function resolveFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  readPlainFieldsDirectly(schema);
  return schema;
}
