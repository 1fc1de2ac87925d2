import {
  defaultFieldResolver, getNamedType, GraphQLFieldResolver, GraphQLNamedType, GraphQLResolveInfo, GraphQLSchema, isIntrospectionType, isLeafType,
  isObjectType, OperationDefinitionNode, responsePathAsArray,
} from 'graphql';
import { Category } from '../kernel/categories';
import type { CaseAccess, RequestContext } from '../kernel/context';
import { forbidden, forbiddenAt } from '../kernel/errors';
import { CarerCategory } from '../kernel/carers';
import { decideCarer, readableSet } from './decide';
import { CARER_FIELD_CATEGORIES, CASELESS_ROWS, FIELD_CATEGORIES, FieldRule, PUBLIC_TYPES, ROW_CATEGORY } from './policy';

/**
 * The read side of the policy, applied to the schema as a transform generated from the table:
 * every field of a type that carries case data checks its category against what the caller may
 * read in the object's case; anything the table does not name is denied.
 *
 * Why not a graphql-shield rule per field: the answer for a (case, category) is the same for every
 * field of every object of that case, so it is decided once per case per request and kept in the
 * request's `caseAccess`. The cases feature records the caller's roles as it loads cases, so for a
 * loaded case a field is decided synchronously and a plain field resolves without a promise; a
 * case not loaded yet (a row read back after a write) waits for its roles once.
 */

type Parent = Record<string, unknown>;

/** Where a type's objects keep their case id (case-owned rows carry `caseId`). */
const CASE_ID_OF: Record<string, string> = { Case: 'id' };

/** How one field is read: under which category, from which case, and whether its value is audited when it leaves. */
interface ReadGuard {
  /** The fixed category, or null when each row names its own (ROW_CATEGORY). */
  category: Category | null;
  rowCategory: string | null;
  caseIdOf: string;
  /** A value (leaf) or a link to a public object (an agency) leaves the hub here: it is recorded in the audit. */
  audited: boolean;
}

/**
 * The operation name the audit records. A client chooses it, so a name that could carry data (long,
 * or with a run of digits such as a personal code or a phone number) is recorded as its type.
 */
export function auditedOperation(operation: OperationDefinitionNode): string {
  const name = operation.name?.value;
  return name && name.length <= 64 && !/\d{5}/.test(name) ? name : operation.operation;
}

/** What a caller is told of a field its roles in the case may not read. */
export function withheldMessage(category: Category, typeName: string, fieldName: string): string {
  return `Your agency's role in this case may not read ${category} data (${typeName}.${fieldName})`;
}

/** The caller's access in a case, decided once: synchronously when its roles are known, else after loading them. */
function accessIn(ctx: RequestContext, caseId: string, parent: Parent): CaseAccess | Promise<CaseAccess> {
  let access = ctx.caseAccess.get(caseId);
  // a case object carries the caller's roles in it (selected with the case)
  if (!access && Array.isArray(parent.myRoles)) {
    access = { roles: parent.myRoles };
    ctx.caseAccess.set(caseId, access);
  }
  if (access) {
    access.readable ??= readableSet(ctx.principal, access.roles);
    return access;
  }
  return ctx.facts.rolesInCase(caseId).then((roles) => {
    const loaded = ctx.caseAccess.get(caseId) ?? { roles };
    ctx.caseAccess.set(caseId, loaded);
    loaded.readable ??= readableSet(ctx.principal, loaded.roles);
    return loaded;
  });
}

function guarded(typeName: string, fieldName: string, guard: ReadGuard, resolve: GraphQLFieldResolver<Parent, RequestContext>) {
  const finish = (access: CaseAccess, category: Category, caseId: string, parent: Parent, args: Record<string, unknown>,
    ctx: RequestContext, info: GraphQLResolveInfo): unknown => {
    if (!access.readable?.has(category)) {
      return forbiddenAt(withheldMessage(category, typeName, fieldName), { nodes: info.fieldNodes, path: responsePathAsArray(info.path) });
    }
    // one request runs one operation, so the case's record is looked up once and then added to
    if (guard.audited) (access.audited ??= ctx.audit.categoriesRead(caseId, access.roles, auditedOperation(info.operation))).add(category);
    return resolve(parent, args, ctx, info);
  };
  const caseless = CASELESS_ROWS.includes(typeName);
  return (parent: Parent, args: Record<string, unknown>, ctx: RequestContext, info: GraphQLResolveInfo): unknown => {
    // a row without a case (policy: CASELESS_ROWS) shows nothing of a case: its root query's SQL scoped it to the caller
    if (caseless && (parent[guard.caseIdOf] === null || parent[guard.caseIdOf] === undefined)) return resolve(parent, args, ctx, info);
    const category = (guard.category ?? parent[guard.rowCategory as string]) as Category;
    const caseId = String(parent[guard.caseIdOf]);
    const access = accessIn(ctx, caseId, parent);
    return access instanceof Promise
      ? access.then((known) => finish(known, category, caseId, parent, args, ctx, info))
      : finish(access, category, caseId, parent, args, ctx, info);
  };
}

const denied = () => forbidden('Not allowed');

/** Where a carer type's objects keep their carer's id (rows of a carer carry `carerId`). */
const CARER_ID_OF: Record<string, string> = { Carer: 'id' };

/**
 * A field of a carer's data: its category against the caller's relations to the carer (CARER_MATRIX),
 * asked once per carer and request (the facts' loader), and recorded in the audit as it leaves.
 */
function carerGuarded(typeName: string, fieldName: string, category: CarerCategory, audited: boolean,
  resolve: GraphQLFieldResolver<Parent, RequestContext>) {
  const carerIdOf = CARER_ID_OF[typeName] ?? 'carerId';
  return async (parent: Parent, args: Record<string, unknown>, ctx: RequestContext, info: GraphQLResolveInfo): Promise<unknown> => {
    const carerId = String(parent[carerIdOf]);
    const relations = await ctx.facts.carerRelations(carerId);
    if (!decideCarer(ctx.principal, relations, category, 'read')) {
      return forbiddenAt(`Your agency's relation to this carer may not read ${category} data (${typeName}.${fieldName})`,
        { nodes: info.fieldNodes, path: responsePathAsArray(info.path) });
    }
    if (audited) ctx.audit.carerRead(carerId, category, auditedOperation(info.operation));
    return resolve(parent, args, ctx, info);
  };
}

/**
 * Whether reading a field of this (named) type is recorded in the audit: data leaves the hub at values
 * and at links to public objects, whose own fields no category guards (e.g. a placement's provider);
 * an empty relation records nothing.
 */
export function auditedWhenRead(returned: GraphQLNamedType): boolean {
  return isLeafType(returned) || PUBLIC_TYPES.includes(returned.name);
}

/** The read rule of one field from the table: its guard, `'PUBLIC'`, or undefined (denied). */
export function readRuleOf(typeName: string, fieldName: string): FieldRule | undefined {
  if (PUBLIC_TYPES.includes(typeName)) return 'PUBLIC';
  return FIELD_CATEGORIES[typeName]?.[fieldName];
}

/**
 * Puts the read guard on every field of every object type but the roots (Query and Mutation are
 * graphql-shield's). Returns the same schema object, its field resolvers replaced.
 */
export function guardFieldReads(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type) || roots.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const carerRule = CARER_FIELD_CATEGORIES[type.name]?.[field.name];
      if (carerRule) {
        if (carerRule !== 'PUBLIC') {
          const returned = getNamedType(field.type);
          field.resolve = carerGuarded(type.name, field.name, carerRule, auditedWhenRead(returned),
            (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<Parent, RequestContext>);
        }
        continue;
      }
      const rule = readRuleOf(type.name, field.name);
      if (rule === 'PUBLIC') continue;
      if (rule === undefined) {
        field.resolve = denied;
        continue;
      }
      const returned = getNamedType(field.type);
      const guard: ReadGuard = {
        category: ROW_CATEGORY[type.name] ? null : rule,
        rowCategory: ROW_CATEGORY[type.name] ?? null,
        caseIdOf: CASE_ID_OF[type.name] ?? 'caseId',
        audited: auditedWhenRead(returned),
      };
      field.resolve = guarded(type.name, field.name, guard, (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<Parent, RequestContext>);
    }
  }
  return schema;
}
