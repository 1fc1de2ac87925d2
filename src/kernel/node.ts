import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Where a value answered by `node(id:)` says which object type it is (rows come from SQL as plain
 * objects, so the type cannot be told by their class).
 */
export const NODE_TYPE = 'nodeType';
export type Typed<T> = T & { [NODE_TYPE]: string };

/**
 * Relay's object identification. An object's `id` is a UUID, unique across every type of the hub, so
 * it is the global id as it is: existing ids keep working, and `node(id:)` refetches any of them.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique id (Relay object identification): refetch it with `node(id:)`',
  resolveType: (value: Record<string, unknown>) => value[NODE_TYPE] as string,
})
export abstract class Node {
  @Field(() => ID, { description: 'The globally unique id (a UUID): the same id the object has everywhere in the schema' })
  id!: string;
}
