import {
  getNamedType, GraphQLField, GraphQLInputType, GraphQLObjectType, GraphQLSchema, isInputObjectType, isListType, isNonNullType,
  isScalarType,
} from 'graphql';
import type { IMiddlewareFieldMap, IMiddlewareFunction } from 'graphql-middleware';
import type { RequestContext } from '../kernel/context';
import { CodeInInput, ReferenceKind, unknownCode } from '../kernel/reference-codes';
import { unknownCodes } from '../reference';
import { MODULES } from './modules';

/**
 * Step 1 of every operation that names a register's code (README, "Who may write what"): each
 * code is looked up before the operation's rule decides, and one the register does not have answers
 * BAD_USER_INPUT "unknown municipality code X" naming the field. The registers are public (the
 * `municipalities`, `agencies` and `regions` queries answer anyone), so deciding this first tells a
 * caller nothing it could not know, and a rule such as openCase's ("the social service of the
 * client's municipality") is only ever asked about a municipality that exists.
 */

/** Every feature's declared code fields and arguments (`InputType.field`, `Query.field.argument`). */
export function declaredReferenceCodes(): Record<string, ReferenceKind> {
  const declared: Record<string, ReferenceKind> = {};
  for (const m of MODULES) {
    for (const [where, kind] of Object.entries(m.referenceCodes ?? {})) {
      if (where in declared) throw new Error(`${where} is declared as a reference code by two features`);
      declared[where] = kind;
    }
  }
  return declared;
}

/** The codes in one value of an input type, with their paths (`input.tasks.0.responsibleAgencyCode`). */
function collect(type: GraphQLInputType, value: unknown, path: string, kind: ReferenceKind | undefined,
  declared: Record<string, ReferenceKind>, out: CodeInInput[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    collect(type.ofType, value, path, kind, declared, out);
  } else if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => collect(type.ofType, item, `${path}.${i}`, kind, declared, out));
  } else if (kind) {
    if (typeof value === 'string') out.push({ path, kind, code: value });
  } else if (isInputObjectType(type) && typeof value === 'object') {
    const fields = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) {
      collect(field.type, fields[field.name], `${path}.${field.name}`, declared[`${type.name}.${field.name}`], declared, out);
    }
  }
}

/** Whether a value of the type can hold a declared code (so operations that cannot are left alone). */
function reaches(type: GraphQLInputType, declared: Record<string, ReferenceKind>, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => `${named.name}.${f.name}` in declared || reaches(f.type, declared, seen));
}

function check(parent: string, field: GraphQLField<unknown, unknown>, declared: Record<string, ReferenceKind>): IMiddlewareFunction {
  return async (resolve, root, args: Record<string, unknown>, ctx: RequestContext, info) => {
    const codes: CodeInInput[] = [];
    for (const arg of field.args) {
      collect(arg.type, args[arg.name], arg.name, declared[`${parent}.${field.name}.${arg.name}`], declared, codes);
    }
    if (codes.length > 0) {
      const [unknown] = await unknownCodes(ctx.db, codes);
      if (unknown) throw unknownCode(unknown.path, unknown.kind, unknown.code);
    }
    return resolve(root, args, ctx, info);
  };
}

/** Declarations that name no String field or argument of the schema: a typo or a field since renamed. */
export function staleReferenceCodes(schema: GraphQLSchema, declared: Record<string, ReferenceKind>): string[] {
  return Object.keys(declared).filter((where) => {
    const [typeName, fieldName, argName] = where.split('.');
    const type = schema.getType(typeName);
    let target: GraphQLInputType | undefined;
    if (argName !== undefined && type instanceof GraphQLObjectType) {
      target = type.getFields()[fieldName]?.args.find((a) => a.name === argName)?.type;
    } else if (argName === undefined && isInputObjectType(type)) {
      target = type.getFields()[fieldName]?.type;
    }
    const named = target && getNamedType(target);
    return !(named && isScalarType(named) && named.name === 'String');
  });
}

/** The checks as middleware of the root fields whose arguments can name a code. */
export function referenceCodeChecks(schema: GraphQLSchema): IMiddlewareFieldMap {
  const declared = declaredReferenceCodes();
  const stale = staleReferenceCodes(schema, declared);
  if (stale.length > 0) throw new Error(`reference codes declared for what the schema does not have as a String: ${stale.join(', ')}`);
  const map: IMiddlewareFieldMap = {};
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    const fields: Record<string, IMiddlewareFunction> = {};
    for (const field of Object.values(root.getFields())) {
      if (field.args.some((a) => `${root.name}.${field.name}.${a.name}` in declared || reaches(a.type, declared))) {
        fields[field.name] = check(root.name, field, declared);
      }
    }
    map[root.name] = fields;
  }
  return map;
}
