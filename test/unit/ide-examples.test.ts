import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { EXAMPLE_QUERIES, examplePayload } from '../../src/app/ide/examples';

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
});
