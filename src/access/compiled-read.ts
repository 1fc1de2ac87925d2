import {
  DocumentNode, FieldNode, getNamedType, getNullableType, getVariableValues, GraphQLField, GraphQLObjectType,
  GraphQLSchema, isEnumType, isLeafType, isListType, isNonNullType, isObjectType, Kind, OperationDefinitionNode, SelectionSetNode, ValueNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { Category } from '../kernel/categories';
import type { FieldSql, Projections, RelationSql, SqlScope } from '../kernel/projection';
import { auditedWhenRead, readRuleOf } from './field-guard';
import { CARER_FIELD_CATEGORIES, ROW_CATEGORY } from './policy';

/**
 * Compiled reads, the compiler (compiled-answer.ts fills in what it compiled): the case objects of a query (a list page's nodes, `case(id:)`) built as JSON by one
 * SQL statement from the features' projections (kernel/projection.ts), instead of field by field.
 * graphql-js still executes the query, with each such object's selection replaced by `{ id }`: the
 * root fields, their operation rules, arguments, paging, counts and errors stay exactly its own. The
 * objects then go into the answer as the statement wrote them (kernel/raw-json.ts), under the same
 * policy as the field guard applies
 * (field-guard.ts): a field of a category the caller's roles in the case do not read is null with a
 * FORBIDDEN error at its path, a value that leaves is recorded in the audit, once per case and
 * category. The statement reads no field the caller may not read: each is behind the same test.
 *
 * Only what the projections name is compiled, and only plain selections (no fragments, no
 * directives, no field a rule denies as a whole): anything else is executed field by field, as is a
 * query whose answer does not come out as expected (NotCompiled).
 */

/** The compiled part cannot answer this request as the resolvers would: execute it field by field. */
export class NotCompiled extends Error {}

export type Rule = Category | 'PUBLIC' | 'ROW';

export interface FieldPlan {
  key: string;
  name: string;
  typeName: string;
  kind: 'typename' | 'leaf' | 'object' | 'list';
  rule: Rule;
  audited: boolean;
  /** The query nodes of the field (one: a selection with a repeated response key is not compiled). */
  nodes: readonly FieldNode[];
  sql?: FieldSql;
  args: Record<string, unknown>;
  fields?: FieldPlan[];
  childType?: string;
}

/** Where compiled objects sit in the answer: the response keys down to them (lists are walked). */
export interface Site {
  path: string[];
  typeName: string;
  table: string;
  fields: FieldPlan[];
  /** Its statement: the case ids go in as $1, their readable categories as $2. */
  statement: { sql: string; params: unknown[] };
  /** The selection it was compiled from. */
  selection: SelectionSetNode;
}

export interface CompiledRead {
  /** The query graphql-js executes: each site's selection replaced by `{ id }`. */
  document: DocumentNode;
  operation: OperationDefinitionNode;
  sites: Site[];
}

const ID_ONLY: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }] };
/** json_build_object takes at most 100 arguments. */
const MAX_KEYS = 50;

function ruleOf(type: GraphQLObjectType, fieldName: string): Rule | undefined {
  if (CARER_FIELD_CATEGORIES[type.name]?.[fieldName]) return undefined;
  const rule = readRuleOf(type.name, fieldName);
  if (rule === undefined || rule === 'PUBLIC') return rule;
  return ROW_CATEGORY[type.name] ? 'ROW' : rule;
}

/** The plan of one selection of `type`, or null when any of it is not compiled. */
function planFields(schema: GraphQLSchema, projections: Projections, type: GraphQLObjectType, set: SelectionSetNode,
  variables: Record<string, unknown>): FieldPlan[] | null {
  const plans: FieldPlan[] = [];
  const keys = new Set<string>();
  for (const selection of set.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return null;
    const key = selection.alias?.value ?? selection.name.value;
    if (keys.has(key)) return null;
    keys.add(key);
    const name = selection.name.value;
    const base = { key, name, typeName: type.name, nodes: [selection], args: {}, rule: 'PUBLIC' as Rule, audited: false };
    if (name === '__typename') {
      plans.push({ ...base, kind: 'typename' });
      continue;
    }
    const definition: GraphQLField<unknown, unknown> | undefined = type.getFields()[name];
    const sql = projections[type.name]?.fields[name];
    const rule = ruleOf(type, name);
    if (!definition || !sql || !rule) return null;
    const nonNull = isNonNullType(definition.type);
    // a withheld value of a non-null field would null its parent: left to graphql-js
    if (nonNull && rule !== 'PUBLIC') return null;
    const named = getNamedType(definition.type);
    const args = getArgumentValues(definition, selection, variables);
    const plan: FieldPlan = { ...base, rule, audited: rule !== 'PUBLIC' && auditedWhenRead(named), sql, args, kind: 'leaf' };
    if (isLeafType(named)) {
      if (!('leaf' in sql) || selection.selectionSet) return null;
      // the statement writes an enum's stored value: compiled only where that is the name graphql-js would write
      if (isEnumType(named) && named.getValues().some((v) => v.value !== v.name)) return null;
    } else {
      const nullable = getNullableType(definition.type);
      if (!('type' in sql) || sql.type !== named.name || !isObjectType(named) || !selection.selectionSet) return null;
      // lists of lists are not projected; a list's items are objects that are never null
      if (isListType(nullable) && !isNonNullType(nullable.ofType)) return null;
      const fields = planFields(schema, projections, named, selection.selectionSet, variables);
      if (!fields) return null;
      Object.assign(plan, { kind: isListType(nullable) ? 'list' : 'object', fields, childType: named.name });
    }
    plans.push(plan);
  }
  return plans.length > MAX_KEYS ? null : plans;
}

function selectsIdOnly(set: SelectionSetNode): boolean {
  return set.selections.every((s) => s.kind === Kind.FIELD && !s.selectionSet && ['id', '__typename'].includes(s.name.value));
}

function containsFragments(set: SelectionSetNode | undefined): boolean {
  return (set?.selections ?? []).some((s) => s.kind !== Kind.FIELD || Boolean(s.directives?.length) || containsFragments(s.selectionSet));
}

function usesVariables(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(usesVariables);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => usesVariables(f.value));
  return false;
}

/** Whether a selection's arguments name a variable anywhere below it. */
function selectsWithVariables(set: SelectionSetNode | undefined): boolean {
  return (set?.selections ?? []).some((s) => s.kind === Kind.FIELD
    && ((s.arguments ?? []).some((a) => usesVariables(a.value)) || selectsWithVariables(s.selectionSet)));
}

/**
 * A compiler of queries for one schema and its projections: the compiled form of a query, or null
 * when it has nothing to compile (or is not a plain query): it is then executed as it is. A form
 * whose compiled parts take no variables is kept with the parsed document (Apollo keeps one parsed
 * document per query text), so a query asked again is not compiled again.
 */
export function readCompiler(schema: GraphQLSchema, projections: Projections) {
  const kept = new WeakMap<DocumentNode, Map<string, CompiledRead | null>>();
  return (document: DocumentNode, operationName: string | null, variables: Record<string, unknown>): CompiledRead | null => {
    const known = kept.get(document)?.get(operationName ?? '');
    if (known !== undefined) return known;
    const compiled = compileRead(schema, projections, document, operationName, variables);
    // not compiled for one request's variables (invalid ones) may be compiled for the next one's
    const keep = compiled ? !compiled.sites.some((site) => selectsWithVariables(site.selection))
      : document.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || !d.variableDefinitions?.length);
    if (keep) {
      if (!kept.has(document)) kept.set(document, new Map());
      kept.get(document)?.set(operationName ?? '', compiled);
    }
    return compiled;
  };
}

/** The compiled form of a query for the request's `variables` (as sent), or null. */
export function compileRead(schema: GraphQLSchema, projections: Projections, document: DocumentNode, operationName: string | null,
  variables: Record<string, unknown>): CompiledRead | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const queryType = schema.getQueryType();
  if (!operation || operation.operation !== 'query' || !queryType || operation.directives?.length
    || document.definitions.length !== operations.length || containsFragments(operation.selectionSet)) return null;
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (errors || !coerced) return null;
  const sites: Site[] = [];

  const rewrite = (type: GraphQLObjectType, set: SelectionSetNode, path: string[]): SelectionSetNode => ({
    ...set,
    selections: set.selections.map((selection) => {
      if (selection.kind !== Kind.FIELD || !selection.selectionSet) return selection;
      const definition = type.getFields()[selection.name.value];
      const named = definition && getNamedType(definition.type);
      if (!named || !isObjectType(named)) return selection;
      const at = [...path, selection.alias?.value ?? selection.name.value];
      const table = projections[named.name]?.table;
      // a selection graphql-js answers from the page alone (the id) gains nothing from a statement
      const fields = table && !selectsIdOnly(selection.selectionSet) ? planFields(schema, projections, named, selection.selectionSet, coerced) : null;
      const site = table && fields ? { path: at, typeName: named.name, table, fields } : null;
      const statement = site && siteStatement(site, projections);
      if (site && statement) {
        sites.push({ ...site, statement, selection: selection.selectionSet });
        return { ...selection, selectionSet: ID_ONLY };
      }
      return { ...selection, selectionSet: rewrite(named, selection.selectionSet, at) };
    }),
  });
  const rewritten = { ...operation, selectionSet: rewrite(queryType, operation.selectionSet, []) };
  return sites.length ? { document: { ...document, definitions: [rewritten] }, operation, sites } : null;
}

/**
 * What deciding an object's fields needs to know of it: nothing (no field below it is guarded), that it
 * is there (its own fields are, nothing below them), or its relations' outlines and its row's category.
 */
function outlineNeed(fields: FieldPlan[], typeName: string): 'none' | 'flat' | 'full' {
  if (ROW_CATEGORY[typeName]) return 'full';
  let need: 'none' | 'flat' = 'none';
  for (const field of fields) {
    if (field.kind === 'typename') continue;
    if (field.rule !== 'PUBLIC') need = 'flat';
    if ((field.kind === 'object' || field.kind === 'list') && outlineNeed(field.fields as FieldPlan[], field.childType as string) !== 'none') return 'full';
  }
  return need;
}

/**
 * The SQL of one statement building the objects of a site, one row per object in the order of the ids
 * in $1 (their readable categories, comma-separated, in $2): the object's JSON as text, exactly as the
 * answer carries it, and its outline: the same relations with no values, a row's own category in `$c`,
 * which is what deciding its withheld fields and its audit needs.
 */
function siteStatement(site: Omit<Site, 'statement' | 'selection'>, projections: Projections): Site['statement'] | null {
  const params: unknown[] = [null, null];
  let aliases = 0;
  const scope: SqlScope = {
    reads: (categorySql) => `(${categorySql}) = ANY(k.cats)`,
    alias: () => `x${aliases += 1}`,
    bind: (value) => `$${params.push(value)}`,
  };
  const object = (fields: FieldPlan[], typeName: string, row: string): string => {
    const pairs: string[] = [];
    for (const field of fields) {
      if (field.kind === 'typename') {
        pairs.push(`'${field.key}', '${field.typeName}'::text`);
        continue;
      }
      const sql = field.sql as FieldSql;
      const value = 'leaf' in sql ? sql.leaf(row)
        : sql.sql(row, (alias) => object(field.fields as FieldPlan[], field.childType as string, alias), field.args, scope);
      pairs.push(`'${field.key}', ${guard(field, typeName, row, value)}`);
    }
    return `json_build_object(${pairs.join(', ')})`;
  };
  // the outline of an object whose subtree has guarded fields: `true` where only its presence matters, else its
  // relations that need one and its row's own category
  const outline = (fields: FieldPlan[], typeName: string, row: string): string => {
    if (outlineNeed(fields, typeName) !== 'full') return 'true';
    const pairs: string[] = [];
    for (const field of fields) {
      if (field.kind !== 'object' && field.kind !== 'list') continue;
      if (outlineNeed(field.fields as FieldPlan[], field.childType as string) === 'none') continue;
      const sql = field.sql as RelationSql;
      const value = sql.sql(row, (alias) => outline(field.fields as FieldPlan[], field.childType as string, alias), field.args, scope);
      pairs.push(`'${field.key}', ${guard(field, typeName, row, value)}`);
    }
    const rowCategory = rowCategoryOf(typeName);
    if (rowCategory) pairs.push(`'$c', ${rowCategory(row)}`);
    return `json_build_object(${pairs.join(', ')})`;
  };
  const rowCategoryOf = (typeName: string) => (ROW_CATEGORY[typeName] ? projections[typeName]?.rowCategory : undefined);
  // a guarded field's value is read only where the caller may read it
  const guard = (field: FieldPlan, typeName: string, row: string, value: string | null): string => {
    if (value === null) throw new NotCompiled(`${typeName}.${field.name} is not projected with these arguments`);
    if (field.rule === 'PUBLIC') return value;
    if (field.rule !== 'ROW') return `CASE WHEN '${field.rule}' = ANY(k.cats) THEN ${value} END`;
    const rowCategory = rowCategoryOf(typeName);
    if (!rowCategory) throw new NotCompiled(`${typeName} has no projected category`);
    return `CASE WHEN ${scope.reads(rowCategory(row))} THEN ${value} END`;
  };
  const root = scope.alias();
  let data: string;
  let shape: string;
  try {
    data = object(site.fields, site.typeName, root);
    shape = outline(site.fields, site.typeName, root);
  } catch (error) {
    if (error instanceof NotCompiled) return null;
    throw error;
  }
  const sql = `SELECT (${data})::text AS data, ${shape} AS outline
    FROM (SELECT s.id, s.ord, string_to_array(s.cats, ',') AS cats
            FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS s(id, cats, ord)) k
    JOIN ${site.table} ${root} ON ${root}.id = k.id
   ORDER BY k.ord`;
  return { sql, params };
}
