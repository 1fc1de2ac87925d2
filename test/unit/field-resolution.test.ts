import { graphql } from 'graphql';
import { buildSchema, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { resolveFieldsDirectly } from '../../src/app/field-resolution';

/** A type with plain fields and field resolvers whose root is typed with its class, as the features declare them. */
@ObjectType({ description: 'A row as raw SQL returns it' })
class Row {
  @Field({ description: 'A plain field' })
  name!: string;

  @Field({ description: 'Another plain field' })
  kind!: string;
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
});
