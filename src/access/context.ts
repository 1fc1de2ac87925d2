import { Category } from '../kernel/categories';
import { InvolvementRole, Principal } from '../kernel/principal';

/**
 * The facts the policy needs about a request, supplied by the request context (so this module
 * depends on no feature): who calls, and what their agency's part is in a case.
 */
export interface CaseFacts {
  /** The caller's agency's active involvement roles in a case; empty when it does not reach the case. */
  rolesInCase(caseId: string): Promise<readonly InvolvementRole[]>;
  /** The case an involvement belongs to, when the caller reaches that case. */
  caseOfInvolvement(involvementId: string): Promise<string | null>;
  /** The case, author agency and category of a follow-up, when the caller reaches its case. */
  followUp(id: string): Promise<{ caseId: string; authorAgencyId: string; category: Category } | null>;
  /** Whether a case the caller reaches is an adult's (target group of adults); false otherwise. */
  adultCase(caseId: string): Promise<boolean>;
}

/** Where allowed reads of case data are recorded (the audit trail of the request). */
export interface ReadAudit {
  read(caseId: string, roles: readonly InvolvementRole[], category: Category, operation: string): void;
}

export interface AccessContext {
  principal: Principal;
  facts: CaseFacts;
  audit: ReadAudit;
}
