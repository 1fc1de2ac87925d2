/** `npm run schema` writes schema/schema.graphql from the code; `--check` fails when it is stale. */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBareSchema, printSdl } from '../src/app/schema';

const FILE = join(__dirname, '..', 'schema', 'schema.graphql');

async function main(): Promise<void> {
  const sdl = printSdl(await buildBareSchema());
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(FILE, 'utf8');
    } catch {
      // a missing file is drift too
    }
    if (committed !== sdl) {
      console.error('schema/schema.graphql is out of date: run `npm run schema` and commit it');
      process.exit(1);
    }
    console.log('schema/schema.graphql is current');
    return;
  }
  writeFileSync(FILE, sdl);
  console.log(`wrote ${FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
