import { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema, isIntrospectionType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Two costs type-graphql adds to every field call, taken off where they do nothing (the hub uses
 * no type-graphql middlewares or `@Authorized`: access is the field guard's, generated from the
 * policy). On a list page these are thousands of calls per request.
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

/**
 * type-graphql's own conversion of a plain row to the `@Root()` parameter's class: a new instance
 * with the row's properties, as type-graphql's convertToType builds it.
 */
function toInstance(target: ClassType, row: object): object {
  const instance = new (target as new () => Record<string, unknown>)();
  for (const key of Object.keys(instance)) {
    if (instance[key] === undefined && !(key in row)) delete instance[key];
  }
  return Object.assign(instance, row);
}

/**
 * A `@FieldResolver` whose `@Root()` parameter is typed with a class gets the row converted to an
 * instance of it by type-graphql on every call: a copy of the row per field resolved. The rows of a
 * request are plain objects (raw SQL), so each row is converted once, on first use, and the same
 * instance is handed to every later field resolver that asks for that class (type-graphql then
 * passes an instance through unchanged).
 */
function convertRootsOnce(schema: GraphQLSchema): void {
  const instances = new WeakMap<object, object>();
  const asInstance = (target: ClassType, row: unknown): unknown => {
    if (typeof row !== 'object' || row === null || Array.isArray(row) || row.constructor !== Object) return row;
    const known = instances.get(row);
    if (known instanceof target) return known;
    const instance = toInstance(target, row);
    instances.set(row, instance);
    return instance;
  };
  const types = objectTypes(schema);
  for (const resolver of getMetadataStorage().fieldResolvers) {
    const root = resolver.params?.find((p) => p.kind === 'root');
    if (!root || root.kind !== 'root' || root.propertyName || !root.getType) continue;
    const target = root.getType() as unknown;
    if (typeof target !== 'function' || target === Object) continue;
    const on = resolver.getObjectType?.() as unknown;
    for (const { type, resolvesOn } of types) {
      const field = type.getFields()[resolver.schemaName];
      if (!field?.resolve || !resolvesOn(on)) continue;
      const inner = field.resolve as Resolver;
      field.resolve = ((source, args, ctx, info) => inner(asInstance(target as ClassType, source), args, ctx, info)) as Resolver;
    }
  }
}

/** The schema type-graphql built, with the costs above taken off; the same schema object. */
export function resolveFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  readPlainFieldsDirectly(schema);
  convertRootsOnce(schema);
  return schema;
}
