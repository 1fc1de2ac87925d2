import { graphql } from 'graphql';
import { Arg, buildSchema, Ctx, Field, FieldResolver, Info, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
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
