import { isInputObjectType, isObjectType } from 'graphql';
import { FIELD_CATEGORIES, INPUT_CATEGORIES, MUTATIONS, PUBLIC_TYPES, QUERIES } from '../../src/access/policy';
import { buildRuleTree } from '../../src/access/rules';
import { buildBareSchema } from '../../src/app/schema';

/** Walks the built schema: every field of every object type must have a rule from the policy. */
describe('the access policy covers the whole schema', () => {
  it('names every field, so nothing is left to the deny-all fallback by accident', async () => {
    const schema = await buildBareSchema();
    const tree = buildRuleTree() as Record<string, unknown>;
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const rules = tree[type.name];
      for (const field of Object.keys(type.getFields())) {
        const covered = PUBLIC_TYPES.includes(type.name)
          || (typeof rules === 'object' && rules !== null && field in rules);
        if (!covered) missing.push(`${type.name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists no field or type that the schema does not have', async () => {
    const schema = await buildBareSchema();
    const stale: string[] = [];
    for (const [typeName, fields] of Object.entries(FIELD_CATEGORIES)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) { stale.push(typeName); continue; }
      for (const field of Object.keys(fields)) if (!(field in type.getFields())) stale.push(`${typeName}.${field}`);
    }
    for (const name of Object.keys(MUTATIONS)) if (!(name in (schema.getMutationType()?.getFields() ?? {}))) stale.push(`Mutation.${name}`);
    for (const name of PUBLIC_TYPES) if (!schema.getType(name)) stale.push(name);
    for (const name of Object.keys(QUERIES)) if (!(name in schema.getQueryType()!.getFields())) stale.push(`Query.${name}`);
    expect(stale).toEqual([]);
  });

  it('gives every case filter a category, so filtering cannot become a side channel', async () => {
    const filter = (await buildBareSchema()).getType('CaseFilter');
    expect(isInputObjectType(filter) && Object.keys(filter.getFields()).sort()).toEqual(Object.keys(INPUT_CATEGORIES.CaseFilter).sort());
  });

  it('has a row for every root query in the policy table', async () => {
    const queries = Object.keys((await buildBareSchema()).getQueryType()?.getFields() ?? {});
    expect(queries.filter((q) => !(q in QUERIES))).toEqual([]);
  });

  it('has a write rule for every mutation', async () => {
    const mutations = Object.keys((await buildBareSchema()).getMutationType()?.getFields() ?? {});
    expect(mutations.filter((m) => !(m in MUTATIONS))).toEqual([]);
  });
});
