import type { DataSource } from 'typeorm';
import type { AuditSink } from './audit-sink';
import type { RawJson } from './raw-json';
import type { Category } from './categories';
import type { Logger } from './logger';
import type { CarerRelation } from './carers';
import type { Caller, CaseRole } from './principal';
import type { RequestIds } from './request-ids';

export type { RequestIds } from './request-ids';

/**
 * The DataLoaders of one request, by feature. Empty here: each feature adds its own entry next to
 * its loaders (declaration merging), so the type is the sum of the features and is never written
 * out by hand; the app builds it from the features' descriptors.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the features
export interface FeatureLoaders {}

/**
 * The facts the access layer decides on, supplied by the features that own them (each descriptor
 * names the facts it offers), so the access layer depends on no feature.
 */
export interface CaseFacts {
  /**
   * The caller's agency's active involvement roles in a case that the request's purpose may act
   * through; empty when it does not reach the case for this purpose.
   */
  rolesInCase(caseId: string): Promise<readonly CaseRole[]>;
  /** Every active role of the caller's agency in a case, whatever the purpose (e.g. whether it manages the case). */
  agencyRolesInCase(caseId: string): Promise<readonly CaseRole[]>;
  /** The case an involvement belongs to, when the caller reaches that case. */
  caseOfInvolvement(involvementId: string): Promise<string | null>;
  /** The case a social mentor's assignment belongs to, when the caller reaches that case. */
  caseOfMentorAssignment(assignmentId: string): Promise<string | null>;
  /** The case a support plan belongs to, when the caller reaches that case. */
  caseOfPlan(planId: string): Promise<string | null>;
  /** The case, author agency and category of a follow-up, when the caller reaches its case. */
  followUp(id: string): Promise<{ caseId: string; authorAgencyId: string; category: Category } | null>;
  /** The case and organising agency of a contact with the birth family (always FAMILY), when the caller reaches its case. */
  birthFamilyContact(id: string): Promise<{ caseId: string; authorAgencyId: string; category: Category } | null>;
  /** Whether a case the caller reaches is an adult's (target group of adults); false otherwise. */
  adultCase(caseId: string): Promise<boolean>;
  /** How the caller's agency stands to a carer now (every relation, whatever the purpose); empty for none or an unknown id. */
  carerRelations(carerId: string): Promise<readonly CarerRelation[]>;
  /** Which object type an id is of, its case and, for a row filed under its own category, that category; null for no such id. */
  nodeOf(id: string): Promise<NodeFacts | null>;
}

/** What the access layer decides a `node(id:)` on. */
export interface NodeFacts {
  type: string;
  caseId: string;
  rowCategory: Category | null;
}

/**
 * What a request knows of the caller's part in one case: its roles (put here by the cases feature
 * as it loads cases) and, once the field guard has decided, the categories they may read and those
 * already recorded in the audit. Read synchronously, so a field of a loaded case needs no promise.
 */
export interface CaseAccess {
  roles: readonly CaseRole[];
  readable?: ReadonlySet<Category>;
  /** The audit's own record of what this request has read in the case (AuditSink.categoriesRead). */
  audited?: Set<Category>;
}

/** Process-wide configuration a request needs (no user data). */
export interface RequestSettings {
  /** How long one request may take (REQUEST_DEADLINE_MS). */
  requestDeadlineMs: number;
  /** Counts from 1 to this minus one are suppressed in aggregates; never below 5. */
  suppressionThreshold: number;
  /** How long an emergency access lasts, in hours (EMERGENCY_ACCESS_HOURS, at most 24). */
  emergencyAccessHours: number;
  /** How many days before a case's opening an event in it may be dated (BACKDATE_WINDOW_DAYS). */
  backdateWindowDays: number;
  /** How many days a referral waits for an answer before it expires (REFERRAL_EXPIRY_DAYS). */
  referralExpiryDays: number;
  /** How many days a requested transfer waits for the receiving service's answer before it expires (TRANSFER_EXPIRY_DAYS). */
  transferExpiryDays: number;
  /** Plain http to this machine's loopback may be registered as a webhook endpoint (tests and development). */
  webhookHttpLoopback: boolean;
}

/** Everything one request carries. Built per request by the app; nothing user-specific outlives it. */
export interface RequestContext extends RequestIds {
  principal: Caller;
  db: DataSource;
  loaders: FeatureLoaders;
  facts: CaseFacts;
  /** By case id; emptied after every write, as the loaders are. */
  caseAccess: Map<string, CaseAccess>;
  /** When the request's time is up (epoch ms): the client is answered TIMEOUT, and a write not yet committed is not. */
  deadline: number;
  audit: AuditSink;
  /** JSON texts the answer carries unparsed (compiled reads), spliced in as it leaves. */
  rawJson: RawJson;
  log: Logger;
  settings: RequestSettings;
}
