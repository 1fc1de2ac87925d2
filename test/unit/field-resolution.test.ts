import { graphql, graphqlSync } from 'graphql';
import { Arg, buildSchema, Ctx, Field, FieldResolver, Info, InputType, Int, InterfaceType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { resolveFieldsDirectly } from '../../src/app/field-resolution';

/** A type with plain fields and field resolvers whose root is typed with its class, as the features declare them. */
@ObjectType({ description: 'A row as raw SQL returns it' })
class Row {
  @Field({ description: 'A plain field' })
  name!: string;

  @Field({ description: 'Another plain field' })
  kind!: string;
}

@InputType({ description: 'An input object' })
class Shape {
  @Field({ description: 'A prefix' })
  prefix!: string;
}

const roots: unknown[] = [];

/** An interface whose resolveType names the type from the row, as the hub's Node does. */
@InterfaceType('Named', { description: 'Something with a name', resolveType: (value: { typeName: string }) => value.typeName })
abstract class Named {
  @Field({ description: 'Its name' })
  name!: string;
}

@ObjectType({ implements: Named, description: 'A named thing' })
class Thing extends Named {}

/** The argument objects each resolver below was called with. */
const argumentsSeen: Record<string, unknown>[] = [];

@Resolver(() => Thing)
class ThingFields {
  @FieldResolver(() => String, { description: 'Takes no arguments' })
  plain(@Root() thing: Thing, @Info() info: GraphQLResolveInfo): string {
    void info;
    return thing.name;
  }

  @FieldResolver(() => String, { description: 'Takes one' })
  withPrefix(@Root() thing: Thing, @Arg('prefix', { nullable: true }) prefix?: string): string {
    return `${prefix ?? ''}${thing.name}`;
  }
}

@Resolver()
class Things {
  @Query(() => [Named], { description: 'Rows that say their type' })
  named(): object[] {
    return [{ typeName: 'Thing', name: 'a' }];
  }
}

@Resolver(() => Row)
class RowFields {
  @FieldResolver(() => Boolean, { description: 'Whether the root arrived as an instance of its class' })
  isRow(@Root() row: Row): boolean {
    roots.push(row);
    return row instanceof Row;
  }

  @FieldResolver(() => String, { description: 'Computed from the root' })
  label(@Root() row: Row): string {
    roots.push(row);
    return `${row.kind}:${row.name}`;
  }

  @FieldResolver(() => String, { description: 'The root, an argument, the context and the info, in the order declared' })
  repeated(@Arg('times', () => Int) times: number, @Root() row: Row, @Ctx() ctx: { mark: string }, @Info() info: GraphQLResolveInfo,
    @Arg('separator', { nullable: true }) separator?: string): string {
    return Array(times).fill(`${row.name}${ctx.mark}${info.fieldName}`).join(separator ?? ',');
  }

  @FieldResolver(() => String, { description: 'An input object argument, made an instance of its class' })
  shaped(@Arg('shape', () => Shape) shape: Shape): string {
    return `${shape instanceof Shape}:${shape.prefix}`;
  }
}


@Resolver()
class Rows {
  @Query(() => [Row], { description: 'Plain objects, as loaders hand them out' })
  rows(): object[] {
    return [{ name: 'a', kind: 'x', notAField: () => 'never called' }, { name: 'b', kind: 'y' }];
  }
}

describe('plain fields read without type-graphql\'s wrapper', () => {
  it('answers as type-graphql does, field resolvers getting their root as an instance of its class', async () => {
    const schema = resolveFieldsDirectly(await buildSchema({ resolvers: [RowFields, Rows], validate: false }));
    const result = await graphql({ schema, source: '{ rows { name kind isRow label again: label } }' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ rows: [
      { name: 'a', kind: 'x', isRow: true, label: 'x:a', again: 'x:a' },
      { name: 'b', kind: 'y', isRow: true, label: 'y:b', again: 'y:b' },
    ] });
    expect(roots).toHaveLength(6);
    expect(roots.every((r) => r instanceof Row)).toBe(true);
  });

  it('reads a plain field directly, never calling a function-valued property (as type-graphql does not)', async () => {
    const schema = resolveFieldsDirectly(await buildSchema({ resolvers: [RowFields, Rows], validate: false }));
    const { name } = (schema.getType('Row') as import('graphql').GraphQLObjectType).getFields();
    const source = { name: () => 'called' };
    expect(name.resolve?.(source, {}, {}, {} as never)).toBe(source.name);
  });

  it('calls a field resolver with its parameters in order and answers without a promise; an input object still becomes an instance', async () => {
    const schema = resolveFieldsDirectly(await buildSchema({ resolvers: [RowFields, Rows], validate: false }));
    const result = await graphql({ schema, contextValue: { mark: '!' },
      source: '{ rows { repeated(times: 2) other: repeated(times: 1, separator: "-") shaped(shape: { prefix: "p" }) } }' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ rows: [
      { repeated: 'a!repeated,a!repeated', other: 'a!repeated', shaped: 'true:p' },
      { repeated: 'b!repeated,b!repeated', other: 'b!repeated', shaped: 'true:p' },
    ] });
    // type-graphql awaits every argument: a field with one answered through a promise
    const { repeated } = (schema.getType('Row') as GraphQLObjectType).getFields();
    const answer = repeated.resolve?.({ name: 'c', kind: 'z' }, { times: 1 }, { mark: '?' }, { fieldName: 'repeated' } as GraphQLResolveInfo);
    expect(answer).toBe('c?repeated');
  });
});

describe('what graphql-js and type-graphql make per field, not made where nothing needs it', () => {
  it('resolves an interface whose resolveType names the type without a promise (synchronously)', async () => {
    const schema = resolveFieldsDirectly(await buildSchema({ resolvers: [ThingFields, Things], validate: false }));
    const result = graphqlSync({ schema, source: '{ named { __typename name ... on Thing { plain } } }' });
    expect(result).toEqual({ data: { named: [{ __typename: 'Thing', name: 'a', plain: 'a' }] } });
  });

  it('gives every field that takes no arguments one shared, frozen empty object, and coerces the others as before', async () => {
    const schema = resolveFieldsDirectly(await buildSchema({ resolvers: [ThingFields, Things], validate: false }));
    const fields = (schema.getType('Thing') as GraphQLObjectType).getFields();
    for (const name of ['plain', 'withPrefix'] as const) {
      const resolve = fields[name].resolve!;
      fields[name].resolve = (root, args, ctx, info) => {
        argumentsSeen.push(args as Record<string, unknown>);
        return resolve(root, args, ctx, info);
      };
    }
    const result = await graphql({ schema, source: '{ named { ... on Thing { plain again: plain withPrefix(prefix: "x-") bare: withPrefix } } }' });
    expect(result).toEqual({ data: { named: [{ plain: 'a', again: 'a', withPrefix: 'x-a', bare: 'a' }] } });
    const [plain, again, prefixed, bare] = argumentsSeen;
    expect(plain).toBe(again);
    expect(Object.isFrozen(plain) && Object.keys(plain).length === 0).toBe(true);
    expect({ ...prefixed }).toEqual({ prefix: 'x-' });
    // a field that takes arguments, given none, gets its own object from graphql-js
    expect(bare).not.toBe(plain);
    expect({ ...bare }).toEqual({});
  });
});
