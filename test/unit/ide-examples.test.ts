import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, print, validate } from 'graphql';
import { EXAMPLE_QUERIES, examplePayload } from '../../src/app/ide/examples';
import { exampleTabs, prefersHtml } from '../../src/app/ide/ide';

const ROOT = join(__dirname, '..', '..');

/** The README's "Three example queries" section, up to the next heading of its level. */
function readmeExamples(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Three example queries');
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('the example queries (README and IDE tabs)', () => {
  it('are the README\'s curl commands, each under its comment, and no others', () => {
    const section = readmeExamples();
    for (const example of EXAMPLE_QUERIES) {
      const payload = examplePayload(example);
      // the README quotes the payload in single quotes for the shell
      expect(payload).not.toContain("'");
      expect(section).toContain(`# ${example.comment}\ncurl -s localhost:4000/graphql -H "authorization: Bearer $TOKEN" `
        + `-H 'content-type: application/json' \\\n  -d '${payload}'`);
    }
    expect(section.match(/ -d '/g)).toHaveLength(EXAMPLE_QUERIES.length);
  });

  it('are valid against the published schema, and named (the IDE titles its tabs by operation name)', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'schema.graphql'), 'utf8'));
    for (const example of EXAMPLE_QUERIES) {
      const document = parse(example.query);
      expect([example.comment, validate(schema, document).map((e) => e.message)]).toEqual([example.comment, []]);
      expect(example.query).toMatch(/^(query|mutation) [A-Z]\w+/);
    }
  });

  it('open in the IDE as its tabs: the comment, then the query formatted, with their variables', () => {
    const tabs = exampleTabs();
    expect(tabs).toHaveLength(EXAMPLE_QUERIES.length);
    tabs.forEach((tab, i) => {
      const example = EXAMPLE_QUERIES[i];
      expect(tab.query.split('\n')[0]).toBe(`# ${example.comment}`);
      // the same document, only laid out on lines
      expect(print(parse(tab.query))).toBe(print(parse(example.query)));
      expect(tab.variables === undefined ? undefined : JSON.parse(tab.variables)).toEqual(example.variables);
    });
  });
});

describe('prefersHtml: a browser navigation, not an API client', () => {
  it.each([
    ['text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', true],
    ['text/html', true],
    ['text/html, application/json', true],
    ['application/json, text/html', false],
    ['application/json', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['*/*', false],
    ['text/html;q=0', false],
    ['application/json;q=0.5, text/html;q=0.9', true],
    ['', false],
  ])('%s → %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
  it('no Accept header', () => expect(prefersHtml(undefined)).toBe(false));
});
