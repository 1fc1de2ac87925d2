/**
 * `npm run codegen:check`: generates the typed documents of codegen.ts in memory and fails when the
 * committed output (test/graphql/) differs from them: a file changed, missing, or left over.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';

const ROOT = join(__dirname, '..');

async function main(): Promise<void> {
  const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true }, false);
  const stale: string[] = [];
  const expected = new Set<string>();
  for (const { filename, content } of outputs) {
    const file = resolve(ROOT, filename);
    expected.add(file);
    if (!existsSync(file)) stale.push(`${relative(ROOT, file)} is missing`);
    else if (readFileSync(file, 'utf8') !== content) stale.push(`${relative(ROOT, file)} differs`);
  }
  for (const dir of new Set([...expected].map((file) => join(file, '..')))) {
    for (const name of readdirSync(dir)) {
      if (!expected.has(join(dir, name))) stale.push(`${relative(ROOT, join(dir, name))} is not generated any more`);
    }
  }
  if (stale.length > 0) {
    console.error(`typed documents are out of date (${stale.join('; ')}): run \`npm run codegen\` and commit test/graphql/`);
    process.exit(1);
  }
  console.log(`typed documents are current (${outputs.length} files)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
