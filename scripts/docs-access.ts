/** `npm run docs:access` writes docs/access-matrix.md from the policy table; `--check` fails when stale. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAccessMatrix } from '../src/access/matrix-doc';

const FILE = join(__dirname, '..', 'docs', 'access-matrix.md');
const doc = renderAccessMatrix();

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== doc) {
    console.error('docs/access-matrix.md is out of date: run `npm run docs:access` and commit it');
    process.exit(1);
  }
  console.log('docs/access-matrix.md is current');
} else {
  mkdirSync(join(__dirname, '..', 'docs'), { recursive: true });
  writeFileSync(FILE, doc);
  console.log(`wrote ${FILE}`);
}
