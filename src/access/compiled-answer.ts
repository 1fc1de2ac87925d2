import { ExecutionResult, GraphQLError } from 'graphql';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { forbiddenAt } from '../kernel/errors';
import type { CaseRole } from '../kernel/principal';
import { CompiledRead, FieldPlan, NotCompiled, Site } from './compiled-read';
import { readableSet } from './decide';
import { auditedOperation, withheldMessage } from './field-guard';

/**
 * Compiled reads, the answer: the objects compiled-read.ts planned, built by their statements and put
 * into graphql-js's result under the policy, the withheld fields told and the reads audited.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One compiled object's place in the answer. */
interface Target {
  holder: Record<string | number, unknown>;
  key: string | number;
  id: string;
  path: (string | number)[];
}

function targetsOf(data: Record<string, unknown>, site: Site): Target[] {
  const targets: Target[] = [];
  const visit = (value: unknown, depth: number, path: (string | number)[], holder: Record<string | number, unknown>, key: string | number) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, depth, [...path, i], value as unknown as Record<number, unknown>, i));
      return;
    }
    const object = value as Record<string, unknown>;
    if (depth === site.path.length) {
      targets.push({ holder, key, id: String(object.id), path });
      return;
    }
    const next = site.path[depth];
    visit(object[next], depth + 1, [...path, next], object, next);
  };
  visit(data, 0, [], { data }, 'data');
  return targets;
}

/** What a walk over one case's object collects: the errors of withheld fields and the categories that left. */
interface CaseWalk {
  readable: ReadonlySet<Category>;
  audited: Set<Category>;
  errors: GraphQLError[];
}

/**
 * Applies the policy to one object from its outline, as the field guard would field by field: a field
 * the caller's roles may not read is null in the statement's JSON already and is told here as
 * FORBIDDEN at its path; a category whose value left is recorded for the audit. `path` is the
 * object's response path, grown and shrunk in place (copied only for an error).
 */
function account(fields: FieldPlan[], outline: unknown, path: (string | number)[], into: CaseWalk): void {
  // `true` for an object whose presence is all that matters (outlineNeed)
  const known = typeof outline === 'object' && outline !== null ? outline as Record<string, unknown> : undefined;
  for (const field of fields) {
    if (field.kind === 'typename') continue;
    const { key } = field;
    if (field.rule !== 'PUBLIC') {
      const category = (field.rule === 'ROW' ? known?.$c : field.rule) as Category;
      if (!into.readable.has(category)) {
        into.errors.push(forbiddenAt(withheldMessage(category, field.typeName, field.name), { nodes: field.nodes, path: [...path, key] }));
        continue;
      }
      if (field.audited) into.audited.add(category);
    }
    const value = field.kind === 'leaf' ? undefined : known?.[key];
    if (value === null || value === undefined) continue;
    const children = field.fields as FieldPlan[];
    path.push(key);
    if (field.kind === 'object') {
      account(children, value, path, into);
    } else {
      const items = value as unknown[];
      for (let i = 0; i < items.length; i += 1) {
        path.push(i);
        account(children, items[i], path, into);
        path.pop();
      }
    }
    path.pop();
  }
}

/**
 * Fills the compiled objects into graphql-js's result of `read.document`: one statement per site, the
 * policy applied per case as the field guard applies it, the reads recorded in the request's audit.
 * Throws NotCompiled when the objects do not come out as the resolvers would give them.
 */
export async function completeRead(ctx: RequestContext, read: CompiledRead, result: ExecutionResult): Promise<ExecutionResult> {
  if (!result.data) return result;
  const errors: GraphQLError[] = [...(result.errors ?? [])];
  const audit: { caseId: string; roles: readonly CaseRole[]; categories: Set<Category> }[] = [];
  const replacements: (() => void)[] = [];
  for (const site of read.sites) {
    const targets = targetsOf(result.data, site);
    if (targets.length === 0) continue;
    const ids = [...new Set(targets.map((t) => t.id))];
    if (!ids.every((id) => UUID.test(id))) throw new NotCompiled('an id that is not a uuid');
    const walks = new Map<string, CaseWalk & { roles: readonly CaseRole[] }>();
    for (const id of ids) {
      const roles = ctx.caseAccess.get(id)?.roles ?? await ctx.facts.rolesInCase(id);
      walks.set(id, { roles, readable: readableSet(ctx.principal, roles), audited: new Set(), errors: [] });
    }
    // a page's cases share a few readable sets (they are made once per role combination)
    const listed = new Map<ReadonlySet<Category>, string>();
    const categoriesOf = (readable: ReadonlySet<Category>) => listed.get(readable) ?? listed.set(readable, [...readable].join(',')).get(readable);
    // as array literals: uuids and category names need no quoting (pg would escape each element)
    const params = [`{${ids.join(',')}}`, `{${ids.map((id) => `"${categoriesOf((walks.get(id) as CaseWalk).readable)}"`).join(',')}}`,
      ...site.statement.params.slice(2)];
    const rows = await ctx.db.query(site.statement.sql, params) as { data: string; outline: unknown }[];
    if (rows.length !== ids.length) throw new NotCompiled('a case of the answer was not found again');
    const byId = new Map(ids.map((id, i) => [id, rows[i]]));
    for (const target of targets) {
      const { data, outline } = byId.get(target.id) as { data: string; outline: unknown };
      account(site.fields, outline, [...target.path], walks.get(target.id) as CaseWalk);
      // the object's JSON goes into the answer as PostgreSQL wrote it
      replacements.push(() => { target.holder[target.key] = ctx.rawJson.placeholder(data); });
    }
    for (const [caseId, into] of walks) {
      errors.push(...into.errors);
      audit.push({ caseId, roles: into.roles, categories: into.audited });
    }
  }
  // nothing is changed or recorded until every site is built
  for (const replace of replacements) replace();
  const operation = auditedOperation(read.operation);
  for (const { caseId, roles, categories } of audit) {
    if (categories.size === 0) continue;
    const recorded = ctx.audit.categoriesRead(caseId, roles, operation);
    for (const category of categories) recorded.add(category);
  }
  return errors.length ? { ...result, errors } : result;
}
