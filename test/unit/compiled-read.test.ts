import 'reflect-metadata';
import { GraphQLSchema, parse } from 'graphql';
import { readCompiler } from '../../src/access/compiled-read';
import { mergedProjections } from '../../src/app/compiled-execution';
import { MODULES } from '../../src/app/modules';
import { buildServedSchema } from '../../src/app/schema';
import { FULL_CASE, FULL_PAGE } from '../../scripts/queries';

/** What compiled reads compile, what they leave to graphql-js, and what they keep from one request to the next. */
describe('compiled reads: the compiler', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => { schema = await buildServedSchema(); });
  const compiler = () => readCompiler(schema, mergedProjections(MODULES));

  it('compiles the full page and the full case, their case selections replaced by { id }', () => {
    const compile = compiler();
    const page = compile(parse(FULL_PAGE), null, { first: 50 });
    expect(page?.sites.map((s) => s.path)).toEqual([['cases', 'edges', 'node']]);
    const one = compile(parse(FULL_CASE), null, { id: 'x' });
    expect(one?.sites.map((s) => s.path)).toEqual([['case']]);
    expect(JSON.stringify(page?.document)).not.toContain('followUps');
  });

  it('keeps a compiled query with its document, unless its compiled part takes variables', () => {
    const compile = compiler();
    const document = parse(FULL_PAGE);
    expect(compile(document, null, { first: 5 })).toBe(compile(document, null, { first: 50 }));
    const paged = parse('query P($n: Int!) { cases(first: 3) { edges { node { followUps(first: $n) { edges { node { id } } } } } } }');
    const one = compile(paged, null, { n: 1 });
    const four = compile(paged, null, { n: 4 });
    expect(one?.sites[0].statement.params).toContain(1);
    expect(four?.sites[0].statement.params).toContain(4);
  });

  it('compiles a query whose variables were invalid once when they are valid the next time', () => {
    const compile = compiler();
    const document = parse(FULL_PAGE);
    expect(compile(document, null, { first: 'many' })).toBeNull();
    expect(compile(document, null, { first: 5 })).not.toBeNull();
  });

  it.each([
    ['a fragment', 'query F { cases(first: 3) { edges { node { ...C } } } } fragment C on Case { id status }'],
    ['a directive', '{ cases(first: 3) { edges { node { id status @include(if: true) } } } }'],
    ['a field with no projection', '{ cases(first: 3) { edges { node { id caseManager { name } } } } }'],
    ['a follow-up page after a cursor', '{ case(id: "x") { followUps(first: 2, after: "y") { edges { node { id } } } } }'],
    ['a repeated response key', '{ case(id: "x") { status status } }'],
    ['a selection of the id alone (the page answers it)', '{ cases(first: 3) { edges { node { id __typename } } } }'],
    ['a mutation', 'mutation { transitionCase(input: { caseId: "x", to: CLOSED, reason: "r" }) { id status } }'],
  ])('leaves %s to graphql-js', (_what, query) => {
    expect(compiler()(parse(query), null, {})).toBeNull();
  });
});
