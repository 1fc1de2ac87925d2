/**
 * `npm run schema:diff`: the breaking-change gate. Compares schema/schema.graphql with the last
 * released schema (schema/released.graphql) using GraphQL Inspector's diff and fails on a breaking
 * change that CHANGELOG.md's "Unreleased" section does not name (its coordinate in backticks, e.g.
 * `AccessLogEntry.kind`), and on any removal of a field or enum value that was not deprecated in the
 * released schema first (`@deprecated(reason:)` for at least one release). `--release` makes the
 * current schema the released one (on a release, with its change-log section dated).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { Change, ChangeType, CriticalityLevel, diff } from '@graphql-inspector/core';

const ROOT = join(__dirname, '..');
const CURRENT = join(ROOT, 'schema', 'schema.graphql');
const RELEASED = join(ROOT, 'schema', 'released.graphql');
const CHANGELOG = join(ROOT, 'CHANGELOG.md');

/** The text of the change log's section for changes not yet released. */
function unreleasedNotes(): string {
  const log = readFileSync(CHANGELOG, 'utf8');
  const start = log.search(/^## Unreleased/m);
  if (start < 0) return '';
  const next = log.slice(start + 1).search(/^## /m);
  return next < 0 ? log.slice(start) : log.slice(start, start + 1 + next);
}

/** A removal that skipped deprecation: clients had no release in which to move off it. */
function removedWithoutDeprecation(change: Change): boolean {
  if (change.type === ChangeType.FieldRemoved) return !change.meta.isRemovedFieldDeprecated;
  if (change.type === ChangeType.EnumValueRemoved) return !change.meta.isEnumValueDeprecated;
  return false;
}

async function main(): Promise<void> {
  if (process.argv.includes('--release')) {
    copyFileSync(CURRENT, RELEASED);
    console.log('schema/released.graphql is now the current schema');
    return;
  }
  const changes = await diff(buildSchema(readFileSync(RELEASED, 'utf8')), buildSchema(readFileSync(CURRENT, 'utf8')));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
  const notes = unreleasedNotes();
  const undeprecated = breaking.filter(removedWithoutDeprecation);
  const unnamed = breaking.filter((c) => !removedWithoutDeprecation(c) && !(c.path && notes.includes(`\`${c.path}\``)));
  console.log(`schema/schema.graphql against schema/released.graphql: ${changes.length} changes, `
    + `${breaking.length} breaking (${breaking.length - unnamed.length - undeprecated.length} named in CHANGELOG.md), ${dangerous.length} dangerous`);
  for (const c of undeprecated) {
    console.error(`✖ ${c.path}: ${c.message}. Removed without being deprecated first: mark it @deprecated(reason:) for a release, then remove it`);
  }
  for (const c of unnamed) {
    console.error(`✖ ${c.path ?? c.type}: ${c.message}. A breaking change: name \`${c.path ?? c.type}\` in CHANGELOG.md under "## Unreleased", or keep the old shape`);
  }
  if (undeprecated.length + unnamed.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
