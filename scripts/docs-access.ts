/**
 * `npm run docs:access` writes the documents generated from the policy table: docs/access-matrix.md
 * and docs/records-of-processing.md; `--check` fails when either is stale (CI).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAccessMatrix } from '../src/access/matrix-doc';
import { renderRecordsOfProcessing } from '../src/access/processing-doc';

const DOCS = join(__dirname, '..', 'docs');
const GENERATED: [string, string][] = [
  ['access-matrix.md', renderAccessMatrix()],
  ['records-of-processing.md', renderRecordsOfProcessing()],
];

if (process.argv.includes('--check')) {
  let stale = false;
  for (const [name, doc] of GENERATED) {
    let committed = '';
    try {
      committed = readFileSync(join(DOCS, name), 'utf8');
    } catch {
      // a missing file is stale too
    }
    if (committed !== doc) {
      console.error(`docs/${name} is out of date: run \`npm run docs:access\` and commit it`);
      stale = true;
    } else {
      console.log(`docs/${name} is current`);
    }
  }
  if (stale) process.exit(1);
} else {
  mkdirSync(DOCS, { recursive: true });
  for (const [name, doc] of GENERATED) {
    writeFileSync(join(DOCS, name), doc);
    console.log(`wrote docs/${name}`);
  }
}
