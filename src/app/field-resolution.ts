import { GraphQLFieldResolver, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, isInterfaceType, isIntrospectionType, isObjectType,
  isScalarType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Metadata = ReturnType<typeof getMetadataStorage>;
type FieldResolverMeta = Metadata['fieldResolvers'][number];
type ParamMeta = NonNullable<FieldResolverMeta['params']>[number];

/**
 * What type-graphql adds to every plain field's call, taken off where it does nothing (the hub uses
 * no type-graphql middlewares or `@Authorized`: access is the field guard's, generated from the
 * policy). On a list page these are thousands of calls per request.
 *
 * A `@FieldResolver` is called directly too, its parameters made as type-graphql makes them (the
 * `@Root()` row copied into an instance of its class, as before) without what type-graphql adds per
 * call: a container lookup, a middleware chain, sorting and mapping the parameters, and awaiting every
 * `@Arg` (validation is off), which made every field with an argument answer through a promise.
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

type Args = Record<string, unknown>;
type Ctx = Record<string, unknown>;
/** One parameter of a resolver method, read from graphql-js's four arguments. */
type ParamRead = (root: unknown, args: Args, ctx: Ctx, info: GraphQLResolveInfo) => unknown;

const SIMPLE_TYPES: unknown[] = [String, Boolean, Number, Date, Array, Promise];

/**
 * A value as an instance of `Target`, by type-graphql's own rule (its `convertToType`, not exported):
 * a `@Root()` typed with a class gets a copy of a plain row made an instance of that class.
 */
function asInstance(Target: new () => Record<string, unknown>, data: unknown): unknown {
  if (data === null || data === undefined || typeof data !== 'object' || SIMPLE_TYPES.includes(data.constructor) || data instanceof Target) {
    return data;
  }
  if (Array.isArray(data)) return data.map((item: unknown) => asInstance(Target, item));
  const instance = new Target();
  for (const key of Object.keys(instance)) {
    if (instance[key] === undefined && !(key in data)) delete instance[key];
  }
  return Object.assign(instance, data);
}

/** How a parameter is read when type-graphql's handling of it changes nothing; null when it may. */
function readerOf(param: ParamMeta, inputTypes: ReadonlySet<unknown>): ParamRead | null {
  switch (param.kind) {
    case 'info':
      return (_root, _args, _ctx, info) => info;
    case 'context': {
      const { propertyName } = param;
      return propertyName ? (_root, _args, ctx) => ctx[propertyName] : (_root, _args, ctx) => ctx;
    }
    case 'root': {
      if (param.propertyName) return null;
      const type: unknown = param.getType?.();
      if (type === undefined) return (root) => root;
      if (typeof type !== 'function' || isScalarType(type)) return null;
      const Target = type as new () => Record<string, unknown>;
      return (root) => asInstance(Target, root);
    }
    case 'arg': {
      // a scalar or enum argument is passed as graphql-js coerced it; an input object is made an instance
      if (param.validateFn || param.validateSettings !== undefined || inputTypes.has(param.getType())) return null;
      const { name } = param;
      return (_root, args) => args[name];
    }
    default:
      return null;
  }
}

/** A `@FieldResolver` method called straight from graphql-js, or null where type-graphql's call may differ. */
function directFieldResolver(meta: FieldResolverMeta, inputTypes: ReadonlySet<unknown>): Resolver | null {
  if (meta.kind !== 'external' || meta.middlewares?.length || meta.roles?.length) return null;
  const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.some((p, i) => p.index !== i)) return null;
  const reads = params.map((p) => readerOf(p, inputTypes));
  if (reads.some((read) => read === null)) return null;
  // type-graphql's default container keeps one instance of a resolver class, made with `new`, as here
  const instance = new (meta.target as new () => Record<string, (...values: unknown[]) => unknown>)();
  const method = instance[meta.methodName];
  if (typeof method !== 'function') return null;
  const all = reads as ParamRead[];
  const [first, second, third] = all;
  // the usual arities spelled out: no array of arguments per call
  switch (all.length) {
    case 1: return ((r: unknown, a: Args, c: Ctx, i: GraphQLResolveInfo) => method.call(instance, first(r, a, c, i))) as Resolver;
    case 2: return ((r: unknown, a: Args, c: Ctx, i: GraphQLResolveInfo) =>
      method.call(instance, first(r, a, c, i), second(r, a, c, i))) as Resolver;
    case 3: return ((r: unknown, a: Args, c: Ctx, i: GraphQLResolveInfo) =>
      method.call(instance, first(r, a, c, i), second(r, a, c, i), third(r, a, c, i))) as Resolver;
    default: return ((r: unknown, a: Args, c: Ctx, i: GraphQLResolveInfo) => method.apply(instance, all.map((read) => read(r, a, c, i)))) as Resolver;
  }
}

/**
 * Each `@FieldResolver` that type-graphql would call with the same values is called directly. Only a
 * field with exactly one resolver among its type's class, ancestors and interfaces is changed, and
 * only while the hub has no type-graphql middlewares at all.
 */
function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  if (storage.middlewares.length || storage.resolverMiddlewares.length) return;
  const inputTypes = new Set<unknown>([...storage.inputTypes, ...storage.argumentTypes].map((t) => t.target));
  for (const { type, resolvesOn } of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const candidates = storage.fieldResolvers.filter((r) => r.schemaName === field.name && resolvesOn(r.getObjectType?.()));
      if (candidates.length !== 1) continue;
      const direct = directFieldResolver(candidates[0], inputTypes);
      if (direct) field.resolve = direct;
    }
  }
}

/**
 * type-graphql wraps an interface's `resolveType` in an async function, so every abstract value (a
 * `node(id:)` answer) is completed through a promise. A declared `resolveType` that names the type
 * as it returns is answered as it is; any other answer (a class, a promise) goes on through
 * type-graphql's own wrapper.
 */
function resolveTypesDirectly(schema: GraphQLSchema): void {
  for (const meta of getMetadataStorage().interfaceTypes) {
    const type = schema.getType(meta.name);
    const declared = meta.resolveType;
    if (!isInterfaceType(type) || !declared || !type.resolveType) continue;
    const wrapped = type.resolveType;
    type.resolveType = (value, ctx, info, abstract) => {
      const named: unknown = declared(value, ctx, info, abstract);
      return typeof named === 'string' ? named : wrapped(value, ctx, info, abstract);
    };
  }
}

type ArgumentValues = (def: { args: readonly unknown[] }, node: { arguments?: readonly unknown[] }, variables?: unknown) => Record<string, unknown>;
/** The arguments of a field that takes none: one object for every such field, never written to. */
const NO_ARGUMENTS: Record<string, unknown> = Object.freeze(Object.create(null) as Record<string, unknown>);

/**
 * graphql-js works out every field's arguments before calling its resolver, making two dictionary
 * objects even for a field that takes none: on a list page a fifth of what the hub allocated. A
 * field that takes no arguments and is given none gets one shared empty object; any other goes
 * through graphql-js as before. graphql-js's execution calls `getArgumentValues` through its module's
 * exports (CommonJS, graphql 16, pinned), where this is put once.
 */
function shareEmptyArguments(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const values = require('graphql/execution/values') as { getArgumentValues: ArgumentValues & { sharesEmpty?: true } };
  if (values.getArgumentValues.sharesEmpty) return;
  const coerce = values.getArgumentValues;
  const shared: ArgumentValues & { sharesEmpty?: true } = (def, node, variables) =>
    (def.args.length === 0 && !node.arguments?.length ? NO_ARGUMENTS : coerce(def, node, variables));
  shared.sharesEmpty = true;
  values.getArgumentValues = shared;
}

/**
 * The schema type-graphql built, its plain fields read, its field resolvers called directly and its
 * abstract types resolved directly; the same schema object.
 */
export function resolveFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  shareEmptyArguments();
  readPlainFieldsDirectly(schema);
  callFieldResolversDirectly(schema);
  resolveTypesDirectly(schema);
  return schema;
}
