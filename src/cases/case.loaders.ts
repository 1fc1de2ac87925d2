import { DataSource } from 'typeorm';
import type { CaseAccess } from '../kernel/context';
import { CaseRole, Caller } from '../kernel/principal';
import { lastVisibleChange, reachableBy, rolesOf, seesEveryChange } from '../access/scope';
import { columnsOf, jsonOf, rowFromJson } from '../kernel/db/sql';
import { Client, type ClientLoaders } from '../clients';
import { groupByKey, loader, oneByKey, uuids } from '../kernel/loaders';
import { Case } from './case.entity';
import type { CaseTransition } from './lifecycle.types';
import type { CaseWorkerAssignment } from './case-worker.types';
import type { ClosureRequest } from './closure.types';
import { CLOSURE_COLUMNS } from './closure.sql';

/**
 * A case as the caller reaches it, with the caller's roles in it and the time of its latest change
 * the caller may read (selected in the same statement).
 */
export type ReachedCase = Case & { myRoles: CaseRole[]; visibleUpdatedAt: Date };

/**
 * SQL of the latest change the caller may read, over `alias`: a sub-select of a case row's entity
 * columns, in a statement whose $1 is the caller's agency.
 */
export function visibleUpdatedAt(principal: Caller, alias: string): string {
  return seesEveryChange(principal.agency.kind, principal.purpose) ? `${alias}."updatedAt"` : lastVisibleChange(`${alias}.id`, '$1', principal);
}

/**
 * `caseAccess`: the request's record of the caller's roles per case, filled here whenever roles
 * are loaded, so the field guard decides a loaded case's fields without a promise.
 */
export function createCaseLoaders(db: DataSource, principal: Caller, caseAccess: Map<string, CaseAccess>, clients: ClientLoaders) {
  const agency = principal.agency.id;
  const know = (caseId: string, roles: readonly CaseRole[]) => {
    if (!caseAccess.has(caseId)) caseAccess.set(caseId, { roles });
  };

  const caseRoles = loader<string, CaseRole[]>(async (ids) => {
    const rows: { id: string; roles: CaseRole[] }[] = await db.query(
      `SELECT k.id, ${rolesOf('k.id', '$1', principal)} AS roles FROM unnest($2::uuid[]) AS k(id)`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r, i) => {
      know(ids[i], r?.roles ?? []);
      return r?.roles ?? [];
    });
  });

  /** Every active role of the caller's agency in a case, whatever the request's purpose (e.g. to know it manages the case). */
  const agencyRoles = loader<string, CaseRole[]>(async (ids) => {
    const rows: { id: string; roles: CaseRole[] }[] = await db.query(
      `SELECT k.id, ${rolesOf('k.id', '$1', null)} AS roles FROM unnest($2::uuid[]) AS k(id)`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r?.roles ?? []);
  });

  // each case's client comes in the same statement (it is asked for with nearly every case)
  const caseById = loader<string, ReachedCase | null>(async (ids) => {
    const rows: (ReachedCase & { clientRow: Record<string, unknown> })[] = await db.query(
      `SELECT s.*, ${visibleUpdatedAt(principal, 's')} AS "visibleUpdatedAt", ${jsonOf(db, Client, 'cl')} AS "clientRow"
         FROM (SELECT ${columnsOf(db, Case, 'c')}, ${rolesOf('c.id', '$1', principal)} AS "myRoles"
                 FROM care_case c WHERE c.id = ANY($2::uuid[]) AND ${reachableBy('c.id', '$1', principal)}) s
         JOIN client cl ON cl.id = s."clientId"`, [agency, uuids(ids)]);
    const cases = rows.map(({ clientRow, ...row }) => {
      clients.clientById.prime(row.clientId, rowFromJson(db, Client, clientRow));
      know(row.id, row.myRoles);
      return row;
    });
    return oneByKey(ids, cases, (r) => r.id);
  });

  /** The caller's roles in cases a list page ranked without reading their rows. */
  function knowRoles(cases: Pick<ReachedCase, 'id' | 'myRoles'>[]): void {
    for (const c of cases) {
      caseRoles.prime(c.id, c.myRoles);
      know(c.id, c.myRoles);
    }
  }

  /** Cases read by a list query are cached with their roles, so nested fields cost no extra statement. */
  function prime(cases: ReachedCase[]): void {
    for (const c of cases) caseById.prime(c.id, c);
    knowRoles(cases);
  }

  const transitionsByCase = loader<string, CaseTransition[]>(async (ids) => {
    const rows: CaseTransition[] = await db.query(
      `SELECT t.id, t.case_id AS "caseId", t.agency_id AS "agencyId", t.from_status AS "from", t.to_status AS "to", t.reason, t.at,
              t.user_id AS "userId"
         FROM case_transition t WHERE t.case_id = ANY($2::uuid[]) AND ${reachableBy('t.case_id', '$1', principal)}
        ORDER BY t.case_id, t.at, t.id`, [agency, uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.caseId);
  });

  /** Every assignment of the case worker, oldest first, with the name the agency's staff register has. */
  const caseWorkerAssignmentsByCase = loader<string, CaseWorkerAssignment[]>(async (ids) => {
    const rows: CaseWorkerAssignment[] = await db.query(
      `SELECT w.id, w.case_id AS "caseId", w.agency_id AS "agencyId", w.user_id AS "userId", s.full_name AS name,
              w.assigned_by_user_id AS "assignedByUserId", w.assigned_at AS "assignedAt"
         FROM case_worker_assignment w JOIN staff_member s ON s.agency_id = w.agency_id AND s.user_id = w.user_id
        WHERE w.case_id = ANY($2::uuid[]) AND ${reachableBy('w.case_id', '$1', principal)}
        ORDER BY w.case_id, w.assigned_at, w.id`, [agency, uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.caseId);
  });

  /** The requests to close the case (where its municipality requires approval), oldest first. */
  const closureRequestsByCase = loader<string, ClosureRequest[]>(async (ids) => {
    const rows: ClosureRequest[] = await db.query(
      `SELECT ${CLOSURE_COLUMNS} FROM case_closure_request r
        WHERE r.case_id = ANY($2::uuid[]) AND ${reachableBy('r.case_id', '$1', principal)}
        ORDER BY r.case_id, r.requested_at, r.id`, [agency, uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.caseId);
  });

  return { caseRoles, agencyRoles, caseById, prime, knowRoles, transitionsByCase, caseWorkerAssignmentsByCase, closureRequestsByCase };
}

export type CaseLoaders = ReturnType<typeof createCaseLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    cases: CaseLoaders;
  }
}
