import { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { IMiddlewareFieldMap } from 'graphql-middleware';
import { allow, chain, deny, IRule, rule, shield } from 'graphql-shield';
import { AppError, forbidden, notFound } from '../kernel/errors';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import {
  aggregateScope, centreEvaluationScope, decide, deniedWrite, handlesCases, mayDiscover, mayKeepCentreRecords, mayManageMentorRegister, mayManageWebhooks, mayOpenCase, mayReadAccessLog,
  mayReadEmergencyReviews, mayReadNode, mayReportOnRegion, mayRequestEmergencyAccess, mayWriteAs, purposeAsks, actsAs, safeToFilterBy,
  actsForCarer, carerRelationsForPurpose, mayMatch, mayRegisterCarer,
} from './decide';
import { AgencyKind, UserRole } from '../kernel/principal';
import {
  ADULT_CASE_MATRIX, CallerDecision, CARER_FIELD_CATEGORIES, CarerMutationPolicy, FIELD_CATEGORIES, INPUT_CATEGORIES, MUTATIONS, MutationArgs, MutationPolicy, PUBLIC_TYPES,
  QUERIES, QueryRule, WriteOperation,
} from './policy';

/**
 * The operations' gate: graphql-shield rules for every root query and mutation, generated from the
 * policy table (QUERIES, MUTATIONS); anything the table does not name is denied (fallbackRule).
 * Fields below the roots are guarded by the read guard generated from the same table
 * (field-guard.ts).
 */

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
      return !category || !safeToFilterBy(category, ctx.principal.purpose);
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
    // whether its agency manages the case does not depend on the purpose (a DPO's reaches no case data)
    const roles = await ctx.facts.agencyRolesInCase(args.caseId);
    if (mayReadAccessLog(ctx.principal, roles)) return true;
    // to an agency with no part in the case, the case does not exist
    return roles.length === 0 && ctx.principal.role !== UserRole.INSPECTOR ? notFound('Case')
      : forbidden('Only the managing social service, its data protection officer and inspectors read the access log');
  });

const accessReportReader = rule('access-report-reader', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: RequestContext) =>
    (ctx.principal.role === UserRole.PORTAL && ctx.principal.agency.kind === AgencyKind.STATE_PORTAL)
    || forbidden("A person's access report is answered only to the state portal"));

const emergencyReviewer = rule('emergency-reviewer', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: RequestContext) =>
    mayReadEmergencyReviews(ctx.principal) || forbidden("Emergency accesses are reviewed by the managing social service's data protection officer"));

/**
 * `node(id:)`: an object answered only where it is reached through its case (decide.ts mayReadNode);
 * to everyone else it does not exist (NOT_FOUND, as an id that exists nowhere).
 */
const nodeReader = rule('node-reader', { cache: 'no_cache' })(
  async (_parent: unknown, args: { id: string }, ctx: RequestContext) => {
    if (!handlesCases(ctx.principal)) return forbidden(`The role ${ctx.principal.role} has no access to case data`);
    const node = await ctx.facts.nodeOf(String(args.id));
    const roles = node ? await ctx.facts.rolesInCase(node.caseId) : [];
    return (node !== null && mayReadNode(ctx.principal, roles, node)) || notFound('Node');
  });

/**
 * Before any other rule: the request's purpose of use must ask this kind of operation (ACCESS.md,
 * policy v2: e.g. REPORTING reaches aggregates only, SUPERVISION the access log and the reviews).
 */
function purposeRule(kind: QueryRule): IRule {
  return rule(`purpose:${kind}`, { cache: 'contextual' })((_parent: unknown, _args: unknown, ctx: RequestContext, info: GraphQLResolveInfo) =>
    purposeAsks(ctx.principal, kind) || forbidden(`The purpose of use ${ctx.principal.purpose} does not allow ${info.fieldName}`));
}

const CENTRE_RECORDS_ONLY = "A support centre's records are kept and read by its own case-handling users";
const centreRecordKeeper = rule('centre-record-keeper', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: RequestContext) => mayKeepCentreRecords(ctx.principal) || forbidden(CENTRE_RECORDS_ONLY));

/** Which centre is then decided in SQL by the same scope (access/scope.ts, centreInScope). */
const centreEvaluationReader = rule('centre-evaluation-reader', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: RequestContext) => centreEvaluationScope(ctx.principal) !== null
    || forbidden("A support centre's evaluation is read by the centre itself and by oversight analysts"));

/** Candidates for a child: the case's support centre (proposes) or orphan court (decides); to anyone else the case does not exist. */
const matcher = rule('matcher', { cache: 'no_cache' })(
  async (_parent: unknown, args: { caseId: string }, ctx: RequestContext) => {
    if (!handlesCases(ctx.principal)) return forbidden(`The role ${ctx.principal.role} has no access to case data`);
    const roles = await ctx.facts.rolesInCase(String(args.caseId ?? ''));
    if (roles.length === 0) return notFound('Case');
    return mayMatch(ctx.principal, roles) || forbidden("Carers are matched with a child by the case's support centre or orphan court");
  });

const QUERY_RULES: Record<QueryRule, IRule | typeof allow> = {
  PUBLIC: allow, CASE_HANDLER: caseHandler, CASE_LISTER: caseLister, DISCOVERER: discoverer, ACCESS_LOG: accessLogReader,
  ANALYST: aggregateReader, ACCESS_REPORT: accessReportReader, EMERGENCY_REVIEW: emergencyReviewer, NODE: nodeReader, MATCHER: matcher,
  CENTRE_RECORDS: centreRecordKeeper, CENTRE_EVALUATION: centreEvaluationReader,
};

const TARGET_NAMES: Record<MutationPolicy['target'], string> = {
  'new-case': 'Case', caller: 'Case', case: 'Case', involvement: 'Involvement', 'mentor-assignment': 'Mentor assignment',
  plan: 'Support plan',
  'follow-up': 'Follow-up', 'birth-family-contact': 'Birth-family contact', 'new-carer': 'Carer', carer: 'Carer',
};

/**
 * A write of a carer's data: the carer must be one the caller's agency stands in a relation to (else
 * it does not exist for it), and the caller must act, for its purpose, in a relation the policy names.
 */
async function carerWrite(name: string, policy: CarerMutationPolicy, args: MutationArgs, ctx: RequestContext): Promise<true | Error> {
  if (!handlesCases(ctx.principal)) return forbidden(`The role ${ctx.principal.role} has no access to carers' data`);
  const relations = await ctx.facts.carerRelations(String(args.input?.carerId ?? ''));
  if (carerRelationsForPurpose(ctx.principal, relations).length === 0) return notFound('Carer');
  const performers = policy.relations(args);
  if (!actsForCarer(ctx.principal, relations, performers)) {
    return forbidden(performers.length === 0 ? `No agency may ${name} so`
      : `Only the carer's ${performers.join(' or ')} may ${name}${name === 'transitionCarer' ? ` to ${String(args.input?.to)}` : ''}`);
  }
  return true;
}

/** The writes decided on the caller alone. */
const CALLER_DECISIONS: Record<CallerDecision, (ctx: RequestContext) => true | Error> = {
  requestEmergencyAccess: (ctx: RequestContext) => mayRequestEmergencyAccess(ctx.principal)
    || forbidden('Emergency access is asked by an orphan court, a crisis centre or a social service, for the purpose EMERGENCY'),
  reviewEmergencyAccess: (ctx: RequestContext) => mayReadEmergencyReviews(ctx.principal)
    || forbidden("Emergency accesses are reviewed by the managing social service's data protection officer"),
  manageMentorRegister: (ctx: RequestContext) => mayManageMentorRegister(ctx.principal)
    || forbidden("A social service's register of social mentors is kept by its MANAGER"),
  markAlertsRead: (ctx: RequestContext) => handlesCases(ctx.principal) || forbidden(`The role ${ctx.principal.role} has no inbox of case alerts`),
  answerReferral: (ctx: RequestContext) => mayWriteAs(ctx.principal, [UserRole.MANAGER])
    || forbidden('A referral or a transfer is answered by a MANAGER of the agency it is addressed to'),
  withdrawReferral: (ctx: RequestContext) => handlesCases(ctx.principal) || forbidden(`The role ${ctx.principal.role} sends no referrals`),
  manageWebhooks: (ctx: RequestContext) => mayManageWebhooks(ctx.principal)
    || forbidden("An agency's webhook subscriptions are kept by its MANAGER (not with the purpose EMERGENCY)"),
  keepCentreRecords: (ctx: RequestContext) => mayKeepCentreRecords(ctx.principal) || forbidden(CENTRE_RECORDS_ONLY),
};

/**
 * The cases a caller-decided write links to (an input list of case ids): each must be a case the
 * caller reaches, else NOT_FOUND as for an id that does not exist, and its roles there must allow
 * the write's categories. Named by their input path (`input.caseIds.1`).
 */
async function linkedCases(ctx: RequestContext, args: MutationArgs, links: { field: string; writes: [Category, WriteOperation][] }):
  Promise<true | Error> {
  const ids = args.input?.[links.field];
  if (!Array.isArray(ids)) return true;
  // one statement for every id (the loader batches them)
  const rolesOfEach = await Promise.all(ids.map((id) => ctx.facts.rolesInCase(String(id))));
  for (const [i, roles] of rolesOfEach.entries()) {
    if (roles.length === 0) return new AppError('NOT_FOUND', 'Case not found', { field: `input.${links.field}.${i}` });
    const denied = deniedWrite(ctx.principal, roles, links.writes);
    if (denied) return forbidden(`Your agency's role in the case at input.${links.field}.${i} may not create ${denied[0]} data`);
  }
  return true;
}

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
    if (policy.target === 'caller') {
      const decided = CALLER_DECISIONS[policy.may](ctx);
      return decided === true && policy.links ? linkedCases(ctx, args, policy.links) : decided;
    }
    if (policy.target === 'new-carer') {
      return mayRegisterCarer(ctx.principal) || forbidden('A carer is registered by a support centre, which then supports it');
    }
    if (policy.target === 'carer') return carerWrite(name, policy, args, ctx);
    if (!mayWriteAs(ctx.principal, policy.by)) {
      return forbidden(policy.by
        ? `Only a ${policy.by.join(' or ')} of the agency may ${name}`
        : `The role ${ctx.principal.role} has no access to case data`);
    }
    let caseId: string | null;
    let writes: [Category, WriteOperation][];
    if (policy.target === 'follow-up' || policy.target === 'birth-family-contact') {
      const id = String(args.id ?? '');
      const row = policy.target === 'follow-up' ? await ctx.facts.followUp(id) : await ctx.facts.birthFamilyContact(id);
      const roles = row ? await ctx.facts.rolesInCase(row.caseId) : [];
      if (!row || !decide(ctx.principal, roles, row.category, 'read')) return notFound(TARGET_NAMES[policy.target]);
      caseId = row.caseId;
      writes = policy.writes(args, { own: row.authorAgencyId === ctx.principal.agency.id, category: row.category });
    } else {
      const id = String(args.id ?? '');
      caseId = policy.target === 'case' ? String(args.input?.caseId ?? '')
        : policy.target === 'involvement' ? await ctx.facts.caseOfInvolvement(id)
          : policy.target === 'plan' ? await ctx.facts.caseOfPlan(id) : await ctx.facts.caseOfMentorAssignment(id);
      writes = policy.writes(args);
    }
    const roles = caseId ? await ctx.facts.rolesInCase(caseId) : [];
    // a case the caller does not reach does not exist for it, nor does anything in it
    if (!caseId || roles.length === 0) return notFound(TARGET_NAMES[policy.target]);
    const adult = writes.some(([category]) => category in ADULT_CASE_MATRIX) ? await ctx.facts.adultCase(caseId) : undefined;
    const grants = 'grants' in policy ? policy.grants : undefined;
    const subject = adult !== undefined || grants ? { adult, grants } : undefined;
    if (policy.target !== 'follow-up' && policy.target !== 'birth-family-contact' && policy.as && !actsAs(ctx.principal, roles, policy.as)) {
      return forbidden(`Only the ${policy.as.join(' or ')} of the case may ${name}`);
    }
    const denied = deniedWrite(ctx.principal, roles, writes, subject);
    return denied
      ? forbidden(`Your agency's role in this case may not ${denied[1] === 'create' ? 'create' : 'change'} ${denied[0]} data`)
      : true;
  });
}

/** One shield rule per root field. */
type RuleMap = Record<string, IRule | ReturnType<typeof chain> | typeof allow>;

function operationRules(): { Query: RuleMap; Mutation: RuleMap } {
  // one rule per kind, shared by its queries (graphql-shield refuses two rules of one name)
  const gated = Object.fromEntries(Object.entries(QUERY_RULES).map(([kind, next]) => [kind, chain(purposeRule(kind as QueryRule), next)]));
  return {
    Query: Object.fromEntries(Object.entries(QUERIES).map(([name, kind]) => [name, gated[kind]])),
    Mutation: Object.fromEntries(Object.entries(MUTATIONS).map(([name, policy]) => [name, mutationRule(name, policy)])),
  };
}

/** Every rule by type and field: the operations' shield rules and the fields' read rules (the schema walk checks it covers all). */
export function buildRuleTree(): Record<string, unknown> {
  return {
    ...operationRules(),
    ...Object.fromEntries(PUBLIC_TYPES.map((type) => [type, 'PUBLIC'])),
    ...FIELD_CATEGORIES,
    ...CARER_FIELD_CATEGORIES,
  };
}

/** The shield middleware of the root fields only; the fields below them are left to the read guard. */
export function operationPermissions(schema: GraphQLSchema): IMiddlewareFieldMap {
  const generated = shield(operationRules(), {
    fallbackRule: deny,
    fallbackError: () => forbidden('Not allowed'),
    // errors thrown by resolvers (NOT_FOUND, BAD_USER_INPUT, …) pass through unchanged
    allowExternalErrors: true,
  }).generate(schema) as IMiddlewareFieldMap;
  return { Query: generated.Query, Mutation: generated.Mutation };
}

