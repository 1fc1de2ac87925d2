import { Category } from '../kernel/categories';
import { CarerCategory, CarerRelation } from '../kernel/carers';
import {
  ADULT_CASE_MATRIX, CARER_MATRIX, CARER_PURPOSES, CARER_REGISTRARS, FIELD_CATEGORIES, MATCHING_ROLES, MATRIX, NODE_TYPES, PURPOSES, QueryRule,
  Right, ROLE_AGENCY_KINDS, ROW_CATEGORY, WriteGrants,
} from './policy';
import { AgencyKind, Caller, CaseRole, EmergencyRole, InvolvementRole, Principal, Purpose, UserRole } from '../kernel/principal';

/**
 * What a caller wants to do with data of one category in one case.
 * `update-own` changes a row the caller's agency wrote; `update-any` changes any row.
 */
export type Operation = 'read' | 'create' | 'update-own' | 'update-any';

/** User roles that act through their agency's involvements; the others never reach case data. */
const CASE_HANDLING_ROLES: ReadonlySet<UserRole> = new Set([UserRole.CASE_WORKER, UserRole.SPECIALIST, UserRole.MANAGER]);

const ALLOWS: Record<Right, ReadonlySet<Operation>> = {
  W: new Set<Operation>(['read', 'create', 'update-own', 'update-any']),
  R: new Set<Operation>(['read']),
  OWN: new Set<Operation>(['read', 'create', 'update-own']),
  '-': new Set<Operation>(),
};

export function handlesCases(principal: Pick<Principal, 'role'>): boolean {
  return CASE_HANDLING_ROLES.has(principal.role);
}

/** What the policy needs to know of the case itself: an adult's case has no orphan court. */
export interface CaseSubject {
  adult?: boolean;
  /** Rights one write gives beyond the matrix (MutationPolicy `grants`), for that write only. */
  grants?: WriteGrants;
}

function rightOf(role: CaseRole, category: Category, subject: CaseSubject | undefined): Right {
  return subject?.grants?.[category]?.[role]
    ?? (subject?.adult ? ADULT_CASE_MATRIX[category]?.[role] : undefined) ?? MATRIX[category][role];
}

/**
 * Who is deciding: the user's role inside its agency and the request's purpose of use. Without a
 * purpose, the matrix itself (the policy's own tables and documents); every request has one.
 * A decision depends on nothing else of the caller: `readableSet` keeps its answers by these two.
 */
export type Decider = Pick<Principal, 'role'> & { purpose?: Purpose };

/** The roles in a case a purpose lets a request use: a purpose picks columns of the matrix, never adds any. */
export function rolesForPurpose(principal: Decider, roles: readonly CaseRole[]): readonly CaseRole[] {
  if (!principal.purpose) return roles;
  const reaches = PURPOSES[principal.purpose].reaches;
  return roles.filter((role) => reaches.includes(role));
}

/**
 * THE decision: may this caller, whose agency holds `roles` in a case (its active involvements),
 * perform `operation` on data of `category` in that case, for the request's purpose? Several
 * involvements give the union of the columns the purpose reaches.
 */
export function decide(
  principal: Decider,
  roles: readonly CaseRole[],
  category: Category,
  operation: Operation,
  subject?: CaseSubject,
): boolean {
  if (!handlesCases(principal)) return false;
  return rolesForPurpose(principal, roles).some((role) => ALLOWS[rightOf(role, category, subject)].has(operation));
}

/** Whether a user role of an agency kind may claim a purpose (ACCESS.md, policy v2). */
export function mayClaim(principal: Pick<Principal, 'role' | 'agency'>, purpose: Purpose): boolean {
  const rule = PURPOSES[purpose];
  return rule.claimedBy.includes(principal.role) && (!rule.agencyKinds || rule.agencyKinds.includes(principal.agency.kind));
}

/** Whether the request's purpose lets it ask a kind of root operation at all. */
export function purposeAsks(principal: Pick<Caller, 'purpose'>, kind: QueryRule): boolean {
  return PURPOSES[principal.purpose].asks.includes(kind);
}

/**
 * Whether the caller's role inside its agency may perform a kind of write at all, before any
 * target is looked up (so the answer cannot depend on whether the target exists).
 */
export function mayWriteAs(principal: Decider, by: readonly UserRole[] | undefined): boolean {
  return handlesCases(principal) && (!by || by.includes(principal.role));
}

/** The first (category, operation) of a write the caller may not perform in the case, or null. */
export function deniedWrite(
  principal: Decider,
  roles: readonly CaseRole[],
  writes: readonly (readonly [Category, Operation])[],
  subject?: CaseSubject,
): readonly [Category, Operation] | null {
  return writes.find(([category, operation]) => !decide(principal, roles, category, operation, subject)) ?? null;
}

/** The categories the caller may read in a case, e.g. to filter follow-ups in SQL. */
export function readableCategories(principal: Decider, roles: readonly CaseRole[]): Category[] {
  return Object.values(Category).filter((category) => decide(principal, roles, category, 'read'));
}

const READABLE = new Map<string, ReadonlySet<Category>>();

/**
 * The categories the caller may read in a case, as a set made once per user role, purpose and roles
 * in the case: a function of the policy table alone (no user's data), which a list page asks for
 * every case it shows. Never changed once made.
 */
export function readableSet(principal: Decider, roles: readonly CaseRole[]): ReadonlySet<Category> {
  const key = `${principal.role} ${principal.purpose ?? ''} ${roles.length === 1 ? roles[0] : [...roles].sort().join(',')}`;
  let readable = READABLE.get(key);
  if (!readable) READABLE.set(key, readable = new Set(readableCategories(principal, roles)));
  return readable;
}

/**
 * Only the social service of the client's municipality opens a case (and becomes its manager).
 * Decided on the caller and the municipality the input declares, never on a register lookup.
 */
export function mayOpenCase(principal: Pick<Principal, 'role' | 'agency'> & Decider, clientMunicipalityCode: string): boolean {
  return handlesCases(principal)
    && rolesForPurpose(principal, [InvolvementRole.CASE_MANAGER]).length > 0
    && principal.agency.kind === AgencyKind.SOCIAL_SERVICE
    && principal.agency.municipalityCode === clientMunicipalityCode;
}

/** Agencies that handle cases may ask whether an open case exists (minimal disclosure). */
const DISCOVERING_KINDS: ReadonlySet<AgencyKind> = new Set([AgencyKind.SOCIAL_SERVICE, AgencyKind.ORPHAN_COURT,
  AgencyKind.SUPPORT_CENTRE, AgencyKind.INSTITUTION, AgencyKind.SERVICE_PROVIDER, AgencyKind.ASSESSMENT_TEAM, AgencyKind.CRISIS_CENTRE]);

export function mayDiscover(principal: Pick<Principal, 'role' | 'agency'>): boolean {
  return handlesCases(principal) && DISCOVERING_KINDS.has(principal.agency.kind);
}

/**
 * Who may list who accessed a case: its managing social service (case workers and its data
 * protection officer) and oversight inspectors.
 */
export function mayReadAccessLog(principal: Pick<Principal, 'role' | 'agency'>, roles: readonly CaseRole[]): boolean {
  if (principal.role === UserRole.INSPECTOR) return principal.agency.kind === AgencyKind.OVERSIGHT;
  const manages = roles.includes(InvolvementRole.CASE_MANAGER);
  return manages && (handlesCases(principal) || principal.role === UserRole.DPO);
}

/**
 * A case may be filtered or sorted only by what every role the request may act through reads (no
 * side channels): every role an involvement gives, or, for a purpose, every role it reaches.
 */
export function safeToFilterBy(category: Category, purpose: Purpose = Purpose.CASE_WORK): boolean {
  return PURPOSES[purpose].reaches.every((role) => ALLOWS[MATRIX[category][role]].has('read'));
}

/** Where an analyst's aggregates may come from. */
export type AggregateScope = { level: 'MUNICIPALITY' | 'REGION'; code: string } | { level: 'NATIONAL'; code: null };

/**
 * Aggregates are for analysts only: of a social service or orphan court, its municipality; of a
 * planning region's office, its region; of the ministry or the inspectorate, all of Latvia.
 */
export function aggregateScope(principal: Pick<Principal, 'role' | 'agency'>): AggregateScope | null {
  if (principal.role !== UserRole.ANALYST) return null;
  const { kind, municipalityCode, regionCode } = principal.agency;
  if ((kind === AgencyKind.SOCIAL_SERVICE || kind === AgencyKind.ORPHAN_COURT) && municipalityCode) {
    return { level: 'MUNICIPALITY', code: municipalityCode };
  }
  if (kind === AgencyKind.OVERSIGHT) return regionCode ? { level: 'REGION', code: regionCode } : { level: 'NATIONAL', code: null };
  return null;
}

/** Whether an analyst may narrow (or widen) a report to a region. */
export function mayReportOnRegion(scope: AggregateScope, regionCode: string | null): boolean {
  if (regionCode === null) return true;
  return scope.level === 'NATIONAL' || (scope.level === 'REGION' && scope.code === regionCode);
}

/**
 * Who may ask for emergency access: a case-handling user of an agency kind that may hold the
 * EMERGENCY role, claiming the EMERGENCY purpose. Which case is decided by the service (an adult's
 * case only, for a social service).
 */
export function mayRequestEmergencyAccess(principal: Pick<Caller, 'role' | 'agency' | 'purpose'>): boolean {
  return handlesCases(principal) && principal.purpose === Purpose.EMERGENCY
    && ROLE_AGENCY_KINDS[EmergencyRole.EMERGENCY].includes(principal.agency.kind);
}

/** The reviews of emergency accesses: the data protection officer of a social service (the cases it manages), for supervision. */
export function mayReadEmergencyReviews(principal: Pick<Caller, 'role' | 'agency' | 'purpose'>): boolean {
  return principal.role === UserRole.DPO && principal.agency.kind === AgencyKind.SOCIAL_SERVICE && principal.purpose === Purpose.SUPERVISION;
}

/**
 * Who keeps an agency's register of social mentors: its MANAGER, of a social service (the
 * municipality engages the mentors, 004 J1), at work on cases. Only ever its own agency's register.
 */
export function mayManageMentorRegister(principal: Pick<Caller, 'role' | 'agency' | 'purpose'>): boolean {
  return principal.role === UserRole.MANAGER && principal.agency.kind === AgencyKind.SOCIAL_SERVICE
    && principal.purpose === Purpose.CASE_WORK;
}

/**
 * Who takes back a pending referral (or transfer) the agency sent: any case-handling user may take
 * back one it sent itself; its MANAGER, any of the agency's (ACCESS.md: the MANAGER manages the
 * involvements its agency grants). The service applies this to the rows it updates.
 */
export function withdrawsAnyOfItsAgency(principal: Pick<Principal, 'role'>): boolean {
  return principal.role === UserRole.MANAGER;
}

/**
 * An agency's webhook subscriptions are kept by its MANAGER, for a purpose that reaches involvements:
 * a subscription reads the feed under it for good, so never EMERGENCY (a time-limited access).
 */
export function mayManageWebhooks(principal: Pick<Caller, 'role' | 'purpose'>): boolean {
  return principal.role === UserRole.MANAGER && principal.purpose !== Purpose.EMERGENCY && PURPOSES[principal.purpose].reaches.length > 0;
}

/** Whether the request's purpose lets it act as one of `roles` in a case (an operation only those roles perform). */
export function actsAs(principal: Decider, roles: readonly CaseRole[], as: readonly CaseRole[]): boolean {
  return handlesCases(principal) && rolesForPurpose(principal, roles).some((role) => as.includes(role));
}

/**
 * What the caller may do in one case, said before it asks (Case.access): the roles the request acts
 * through, the categories it reads and writes, and the field coordinates (`Type.field`) of case data
 * it may read, derived from the field table. Decided here as every field read is, so a client that
 * asks only these gets no FORBIDDEN.
 */
export interface CaseAccessSummary {
  roles: CaseRole[];
  readableCategories: Category[];
  writableCategories: Category[];
  readableFields: string[];
}

export function caseAccessSummary(principal: Decider, roles: readonly CaseRole[], subject?: CaseSubject): CaseAccessSummary {
  const readable = readableCategories(principal, roles);
  return {
    roles: handlesCases(principal) ? [...rolesForPurpose(principal, roles)] : [],
    readableCategories: readable,
    writableCategories: Object.values(Category).filter((category) => decide(principal, roles, category, 'create', subject)),
    readableFields: readableFieldCoordinates(readable),
  };
}

/**
 * The coordinates of case data readable with these categories. A type whose rows carry their own
 * category (ROW_CATEGORY: a follow-up filed under HEALTH) lists only rows the caller may read, so
 * its fields are readable wherever its rows are reached.
 */
export function readableFieldCoordinates(readable: readonly Category[]): string[] {
  const can = new Set<string>(readable);
  return Object.entries(FIELD_CATEGORIES).flatMap(([type, fields]) => Object.entries(fields)
    .filter(([, rule]) => rule === 'PUBLIC' || type in ROW_CATEGORY || can.has(rule))
    .map(([field]) => `${type}.${field}`));
}

/**
 * Whether `node(id:)` answers an object to the caller: exactly when its case's field that lists it
 * (NODE_TYPES) is readable by the caller's roles there, and the row's own category where it has one.
 */
export function mayReadNode(principal: Decider, roles: readonly CaseRole[], node: { type: string; rowCategory: Category | null }): boolean {
  const field = NODE_TYPES[node.type];
  const rule = field === undefined ? undefined : FIELD_CATEGORIES.Case[field];
  if (rule === undefined || !handlesCases(principal) || rolesForPurpose(principal, roles).length === 0) return false;
  return (rule === 'PUBLIC' || decide(principal, roles, rule, 'read'))
    && (node.rowCategory === null || decide(principal, roles, node.rowCategory, 'read'));
}

/**
 * Who keeps a support centre's own records (its activities, its partner surveys): a case-handling
 * user of a support centre, at work (CASE_WORK). Only ever its own centre's records.
 */
export function mayKeepCentreRecords(principal: Pick<Caller, 'role' | 'agency' | 'purpose'>): boolean {
  return handlesCases(principal) && principal.agency.kind === AgencyKind.SUPPORT_CENTRE && principal.purpose === Purpose.CASE_WORK;
}

/** Which support centres' yearly evaluations a caller reads: its own centre, or those in an oversight analyst's scope. */
export type EvaluationScope = { level: 'CENTRE'; agencyId: string } | AggregateScope;

/**
 * A centre's yearly evaluation (its activity counts and partner survey results, after disclosure
 * control) is read by the centre itself (its case-handling users and its analyst) and by the
 * oversight bodies that read aggregates (ACCESS.md: the ministry, the inspectorate, a planning
 * region for its own region), as their analysts. A municipality's analyst is not an overseer of a
 * regional centre, and an inspector's purpose (SUPERVISION) reaches no aggregates: both denied.
 */
export function centreEvaluationScope(principal: Pick<Principal, 'role' | 'agency'>): EvaluationScope | null {
  const { kind, id } = principal.agency;
  if (kind === AgencyKind.SUPPORT_CENTRE && (handlesCases(principal) || principal.role === UserRole.ANALYST)) {
    return { level: 'CENTRE', agencyId: id };
  }
  return kind === AgencyKind.OVERSIGHT ? aggregateScope(principal) : null;
}

/** The relations to a carer a request may act through: those its purpose reaches (CARER_PURPOSES), of a case-handling user. */
export function carerRelationsForPurpose(principal: Decider, relations: readonly CarerRelation[]): readonly CarerRelation[] {
  if (!handlesCases(principal)) return [];
  if (!principal.purpose) return relations;
  const reaches = CARER_PURPOSES[principal.purpose] ?? [];
  return relations.filter((relation) => reaches.includes(relation));
}

/** May the caller, whose agency stands in `relations` to a carer, read (or write) that carer's data of `category`? */
export function decideCarer(principal: Decider, relations: readonly CarerRelation[], category: CarerCategory,
  operation: 'read' | 'write'): boolean {
  return carerRelationsForPurpose(principal, relations)
    .some((relation) => ALLOWS[CARER_MATRIX[category][relation]].has(operation === 'read' ? 'read' : 'update-any'));
}

/** The carer categories the caller may read of one carer. */
export function readableCarerCategories(principal: Decider, relations: readonly CarerRelation[]): CarerCategory[] {
  return Object.values(CarerCategory).filter((category) => decideCarer(principal, relations, category, 'read'));
}

/** Whether the caller acts, for this request's purpose, in one of the relations a carer write names. */
export function actsForCarer(principal: Decider, relations: readonly CarerRelation[], performers: readonly CarerRelation[]): boolean {
  return carerRelationsForPurpose(principal, relations).some((relation) => performers.includes(relation));
}

/** A new carer is registered by a support centre's case-handling user at work on cases (it becomes the supporting centre). */
export function mayRegisterCarer(principal: Pick<Caller, 'role' | 'agency' | 'purpose'>): boolean {
  return handlesCases(principal) && CARER_REGISTRARS.includes(principal.agency.kind)
    && (CARER_PURPOSES[principal.purpose] ?? []).includes(CarerRelation.SUPPORTING_CENTRE);
}

/** Candidates for a child are read by the case's support centre or orphan court (MATCHING_ROLES), through the request's purpose. */
export function mayMatch(principal: Decider, roles: readonly CaseRole[]): boolean {
  return handlesCases(principal) && rolesForPurpose(principal, roles).some((role) => MATCHING_ROLES.includes(role));
}
