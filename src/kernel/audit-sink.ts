import { Category } from './categories';
import { CarerCategory } from './carers';
import { Caller, CaseRole } from './principal';
import { Sql } from './db/sql';
import type { RequestIds } from './request-ids';

/** A change to one row of case data: names of the fields and versions, never values. */
export interface WriteRecord {
  /** null for a write that is no case's (an agency's own register, e.g. its social mentors) */
  caseId: string | null;
  roles: readonly CaseRole[];
  operation: string;
  entity: string;
  entityId: string;
  fields: string[];
  categories: (Category | CarerCategory)[];
  oldVersion: number | null;
  newVersion: number | null;
}

interface ReadRecord {
  caseId: string;
  roles: readonly CaseRole[];
  operation: string;
  categories: Set<Category>;
}

/**
 * The audit trail of one request. Reads are gathered while the answer is built and written in one
 * statement before the answer leaves (flush); if that fails, the answer is not sent. Writes are
 * recorded inside the transaction that makes them.
 */
export class AuditSink {
  private readonly reads = new Map<string, ReadRecord>();
  /** reads of a carer's data (no case): by carer and operation, the categories read */
  private readonly carerReads = new Map<string, { carerId: string; operation: string; categories: Set<CarerCategory> }>();

  constructor(private readonly principal: Caller, private readonly ids: RequestIds) {}

  read(caseId: string, roles: readonly CaseRole[], category: Category, operation: string): void {
    this.categoriesRead(caseId, roles, operation).add(category);
  }

  /**
   * The categories this request has read in a case by an operation, to add to as fields leave:
   * the field guard holds it per case, so a read is recorded with one set insert, not a call per field.
   */
  categoriesRead(caseId: string, roles: readonly CaseRole[], operation: string): Set<Category> {
    const key = `${caseId}|${operation}`;
    let record = this.reads.get(key);
    if (!record) {
      record = { caseId, roles, operation, categories: new Set() };
      this.reads.set(key, record);
    }
    return record.categories;
  }

  /** A read of a carer's data: recorded as a READ of entity `Carer`, of no case. */
  carerRead(carerId: string, category: CarerCategory, operation: string): void {
    const key = `${carerId}|${operation}`;
    let record = this.carerReads.get(key);
    if (!record) {
      record = { carerId, operation, categories: new Set() };
      this.carerReads.set(key, record);
    }
    record.categories.add(category);
  }

  get pendingReads(): number {
    return this.reads.size + this.carerReads.size;
  }

  async flush(sql: Sql): Promise<void> {
    await this.flushCarerReads(sql);
    if (this.reads.size === 0) return;
    const records = [...this.reads.values()];
    const { userId, role, agency, purpose } = this.principal;
    await sql.query(
      `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, client_request_id, case_id, case_roles, operation, categories, purpose)
       SELECT 'READ', $1, $2, $3, $4, $9, r.case_id, string_to_array(r.roles, ','), r.operation, string_to_array(r.categories, ','), $10
         FROM unnest($5::uuid[], $6::text[], $7::text[], $8::text[]) AS r(case_id, roles, operation, categories)`,
      [userId, role, agency.id, this.ids.requestId, records.map((r) => r.caseId), records.map((r) => r.roles.join(',')),
        records.map((r) => r.operation), records.map((r) => [...r.categories].sort().join(',')), this.ids.clientRequestId, purpose]);
    this.reads.clear();
  }

  private async flushCarerReads(sql: Sql): Promise<void> {
    if (this.carerReads.size === 0) return;
    const records = [...this.carerReads.values()];
    const { userId, role, agency, purpose } = this.principal;
    await sql.query(
      `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, client_request_id, operation, entity, entity_id, categories, purpose)
       SELECT 'READ', $1, $2, $3, $4, $5, r.operation, 'Carer', r.carer_id, string_to_array(r.categories, ','), $6
         FROM unnest($7::uuid[], $8::text[], $9::text[]) AS r(carer_id, operation, categories)`,
      [userId, role, agency.id, this.ids.requestId, this.ids.clientRequestId, purpose, records.map((r) => r.carerId),
        records.map((r) => r.operation), records.map((r) => [...r.categories].sort().join(','))]);
    this.carerReads.clear();
  }

  async write(sql: Sql, record: WriteRecord): Promise<void> {
    const { userId, role, agency, purpose } = this.principal;
    await sql.query(
      `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, case_id, case_roles, operation, categories,
                              entity, entity_id, fields, old_version, new_version, client_request_id, purpose)
       VALUES ('WRITE', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [userId, role, agency.id, this.ids.requestId, record.caseId, record.roles, record.operation, [...new Set(record.categories)],
        record.entity, record.entityId, record.fields, record.oldVersion, record.newVersion, this.ids.clientRequestId, purpose]);
  }

  /** An aggregate read: who, which figures, which scope, by which report. */
  async aggregate(sql: Sql, scope: string, metrics: string[], operation = 'regionalSummary'): Promise<void> {
    const { userId, role, agency, purpose } = this.principal;
    await sql.query(
      `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, client_request_id, operation, entity, categories, purpose)
       VALUES ('AGGREGATE', $1, $2, $3, $4, $5, $9, $6, $7, $8)`,
      [userId, role, agency.id, this.ids.requestId, this.ids.clientRequestId, scope, metrics, purpose, operation]);
  }

  /** A discovery lookup: who asked whether a case exists (never the code asked about), and through which operation. */
  async discovery(sql: Sql, caseId: string | null, operation: 'caseExists' | 'openCase' | 'requestEmergencyAccess'): Promise<void> {
    const { userId, role, agency, purpose } = this.principal;
    await sql.query(
      `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, client_request_id, case_id, operation, purpose)
       VALUES ('DISCOVERY', $1, $2, $3, $4, $5, $6, $7, $8)`,
      [userId, role, agency.id, this.ids.requestId, this.ids.clientRequestId, caseId, operation, purpose]);
  }

  /**
   * A portal's call for a person's access report: which client's report was asked (the client's
   * id, never the personal code), how many entries were answered. Not about one case, so it is
   * not in any case's access log.
   */
  async clientReport(sql: Sql, clientId: string | null, entries: number): Promise<void> {
    const { userId, role, agency, purpose } = this.principal;
    await sql.query(
      `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, client_request_id, operation, entity, entity_id, new_version, purpose)
       VALUES ('CLIENT_REPORT', $1, $2, $3, $4, $5, 'accessReport', 'Client', $6, $7, $8)`,
      [userId, role, agency.id, this.ids.requestId, this.ids.clientRequestId, clientId, entries, purpose]);
  }
}
