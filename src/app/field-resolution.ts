import { GraphQLFieldResolver, GraphQLSchema, isIntrospectionType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql gives every `@Field` without a resolver of its own a wrapper that builds its
 * middleware chain (a closure and an object per call) before it reads `root[name]`, even when
 * there are no middlewares: on a list page that is thousands of calls per request. The hub uses
 * no type-graphql middlewares or `@Authorized` (access is the field guard's, generated from the
 * policy), so such a field is read directly. Only a field positively known to be plain is changed:
 * declared on the type's own class, under its own name, with no middlewares or roles, and no
 * `@FieldResolver` for it on that class, its ancestors or its interfaces.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const resolved = storage.fieldResolvers.map((r) => ({ name: r.schemaName, on: r.getObjectType?.() as unknown }));
  for (const meta of storage.objectTypes) {
    const type = schema.getType(meta.name);
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const target = meta.target;
    const interfaces = (meta as { interfaceClasses?: unknown[] }).interfaceClasses ?? [];
    const resolvesOn = (on: unknown) => typeof on === 'function'
      && (on === target || target.prototype instanceof on || interfaces.includes(on));
    const fields = type.getFields();
    for (const field of meta.fields ?? []) {
      const schemaField = fields[field.schemaName];
      if (!schemaField || field.target !== target || field.name !== field.schemaName) continue;
      if (field.middlewares?.length || field.roles?.length) continue;
      if (resolved.some((r) => r.name === field.schemaName && resolvesOn(r.on))) continue;
      const { name } = field;
      schemaField.resolve = ((source: Record<string, unknown>) => source[name]) as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
