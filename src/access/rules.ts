import { getNamedType, GraphQLResolveInfo, isLeafType } from 'graphql';
import { allow, deny, IRule, IRules, rule, shield } from 'graphql-shield';
import { forbidden, notFound } from '../kernel/errors';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import {
  aggregateScope, decide, deniedWrite, handlesCases, mayDiscover, mayOpenCase, mayReadAccessLog, mayReportOnRegion, mayWriteAs,
  safeToFilterBy,
} from './decide';
import { UserRole } from '../kernel/principal';
import {
  ADULT_CASE_MATRIX, FIELD_CATEGORIES, FieldRule, INPUT_CATEGORIES, MUTATIONS, MutationArgs, MutationPolicy, PUBLIC_TYPES, QUERIES,
  QueryRule, ROW_CATEGORY, WriteOperation,
} from './policy';

/**
 * graphql-shield rules generated from the policy table: the one place where access is decided
 * for the API. Anything the table does not name is denied (fallbackRule).
 */

type Parent = Record<string, unknown>;

/** The property holding the case id of a type's objects (case-owned rows carry `caseId`). */
const CASE_ID_OF: Record<string, string> = { Case: 'id' };

const readRules = new Map<string, IRule>();

/**
 * The operation name the audit records. A client chooses it, so a name that could carry data (long,
 * or with a run of digits such as a personal code or a phone number) is recorded as its type.
 */
function auditedOperation(info: GraphQLResolveInfo): string {
  const name = info.operation.name?.value;
  return name && name.length <= 64 && !/\d{5}/.test(name) ? name : info.operation.operation;
}

function readRule(typeName: string, category: Category): IRule {
  const key = `${typeName}:${category}`;
  let cached = readRules.get(key);
  if (!cached) {
    const rowCategory = ROW_CATEGORY[typeName];
    const caseIdOf = CASE_ID_OF[typeName] ?? 'caseId';
    cached = rule(`read:${key}`, { cache: 'no_cache' })(
      async (parent: Parent, _args: unknown, ctx: RequestContext, info: GraphQLResolveInfo) => {
        const effective = rowCategory ? (parent[rowCategory] as Category) : category;
        const caseId = String(parent[caseIdOf]);
        const roles = await ctx.facts.rolesInCase(caseId);
        if (!decide(ctx.principal, roles, effective, 'read')) {
          return forbidden(`Your agency's role in this case may not read ${effective} data (${info.parentType.name}.${info.fieldName})`);
        }
        // recorded where data leaves: values (leaf fields) and links to public objects, whose own
        // fields no category guards (e.g. a placement's provider); an empty relation records nothing
        const returned = getNamedType(info.returnType);
        if (isLeafType(returned) || PUBLIC_TYPES.includes(returned.name)) {
          ctx.audit.read(caseId, roles, effective, auditedOperation(info));
        }
        return true;
      });
    readRules.set(key, cached);
  }
  return cached;
}

const caseHandler = rule('case-handler', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: RequestContext) =>
    handlesCases(ctx.principal) || forbidden(`The role ${ctx.principal.role} has no access to case data`));

/** A list may be filtered only by what every role in every case may read: no side channels. */
const caseLister = rule('case-lister', { cache: 'contextual' })(
  (_parent: unknown, args: { filter?: Record<string, unknown> | null }, ctx: RequestContext) => {
    if (!handlesCases(ctx.principal)) return forbidden(`The role ${ctx.principal.role} has no access to case data`);
    const used = Object.entries(args.filter ?? {}).filter(([, value]) => value !== undefined && value !== null);
    const unsafe = used.find(([field]) => {
      const category = INPUT_CATEGORIES.CaseFilter[field];
      return !category || !safeToFilterBy(category);
    });
    return unsafe ? forbidden(`Cases cannot be filtered by ${unsafe[0]}: not every involved agency may read it`) : true;
  });

const discoverer = rule('discoverer', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: RequestContext) =>
    mayDiscover(ctx.principal) || forbidden('Only case-handling agencies may ask whether a case exists'));

const aggregateReader = rule('aggregate-reader', { cache: 'contextual' })(
  (_parent: unknown, args: { region?: string | null }, ctx: RequestContext) => {
    const scope = aggregateScope(ctx.principal);
    if (!scope) return forbidden('Aggregates are for analysts of social services, orphan courts and oversight bodies');
    return mayReportOnRegion(scope, args.region ?? null) || forbidden('That region is outside your reporting scope');
  });

const accessLogReader = rule('access-log-reader', { cache: 'no_cache' })(
  async (_parent: unknown, args: { caseId: string }, ctx: RequestContext) => {
    const roles = await ctx.facts.rolesInCase(args.caseId);
    if (mayReadAccessLog(ctx.principal, roles)) return true;
    // to an agency with no part in the case, the case does not exist
    return roles.length === 0 && ctx.principal.role !== UserRole.INSPECTOR ? notFound('Case')
      : forbidden('Only the managing social service, its data protection officer and inspectors read the access log');
  });

const QUERY_RULES: Record<QueryRule, IRule | typeof allow> = {
  PUBLIC: allow, CASE_HANDLER: caseHandler, CASE_LISTER: caseLister, DISCOVERER: discoverer, ACCESS_LOG: accessLogReader,
  ANALYST: aggregateReader,
};

const TARGET_NAMES: Record<MutationPolicy['target'], string> = {
  'new-case': 'Case', case: 'Case', involvement: 'Involvement', 'follow-up': 'Follow-up',
};

/**
 * A write's rule. Everything that depends on the caller alone is decided first; then the target is
 * looked up, and a target the caller cannot see (a case it does not reach, a follow-up filed under
 * a category it may not read) answers NOT_FOUND exactly as a target that does not exist.
 */
function mutationRule(name: string, policy: MutationPolicy): IRule {
  return rule(`write:${name}`, { cache: 'no_cache' })(async (_parent: unknown, args: MutationArgs, ctx: RequestContext) => {
    if (policy.target === 'new-case') {
      const client = (args.input?.client ?? {}) as Record<string, unknown>;
      return mayOpenCase(ctx.principal, String(client.declaredMunicipalityCode ?? ''))
        || forbidden("Only the social service of the client's municipality may open the case");
    }
    if (!mayWriteAs(ctx.principal, policy.by)) {
      return forbidden(policy.by
        ? `Only a ${policy.by.join(' or ')} of the agency may ${name}`
        : `The role ${ctx.principal.role} has no access to case data`);
    }
    let caseId: string | null;
    let writes: [Category, WriteOperation][];
    if (policy.target === 'follow-up') {
      const row = await ctx.facts.followUp(String(args.id ?? ''));
      const roles = row ? await ctx.facts.rolesInCase(row.caseId) : [];
      if (!row || !decide(ctx.principal, roles, row.category, 'read')) return notFound(TARGET_NAMES[policy.target]);
      caseId = row.caseId;
      writes = policy.writes(args, { own: row.authorAgencyId === ctx.principal.agency.id, category: row.category });
    } else {
      caseId = policy.target === 'case' ? String(args.input?.caseId ?? '') : await ctx.facts.caseOfInvolvement(String(args.id ?? ''));
      writes = policy.writes(args);
    }
    const roles = caseId ? await ctx.facts.rolesInCase(caseId) : [];
    // a case the caller does not reach does not exist for it, nor does anything in it
    if (!caseId || roles.length === 0) return notFound(TARGET_NAMES[policy.target]);
    const subject = writes.some(([category]) => category in ADULT_CASE_MATRIX) ? { adult: await ctx.facts.adultCase(caseId) } : undefined;
    const denied = deniedWrite(ctx.principal, roles, writes, subject);
    return denied
      ? forbidden(`Your agency's role in this case may not ${denied[1] === 'create' ? 'create' : 'change'} ${denied[0]} data`)
      : true;
  });
}

function fieldRules(typeName: string, fields: Record<string, FieldRule>): IRules {
  return Object.fromEntries(Object.entries(fields).map(([field, category]) =>
    [field, category === 'PUBLIC' ? allow : readRule(typeName, category)]));
}

export function buildRuleTree(): IRules {
  return {
    Query: Object.fromEntries(Object.entries(QUERIES).map(([name, kind]) => [name, QUERY_RULES[kind]])),
    Mutation: Object.fromEntries(Object.entries(MUTATIONS).map(([name, policy]) => [name, mutationRule(name, policy)])),
    ...Object.fromEntries(PUBLIC_TYPES.map((type) => [type, allow])),
    ...Object.fromEntries(Object.entries(FIELD_CATEGORIES).map(([type, fields]) => [type, fieldRules(type, fields)])),
  };
}

export function buildPermissions() {
  return shield(buildRuleTree(), {
    fallbackRule: deny,
    fallbackError: () => forbidden('Not allowed'),
    // errors thrown by resolvers (NOT_FOUND, BAD_USER_INPUT, …) pass through unchanged
    allowExternalErrors: true,
  });
}

