import { DataSource } from 'typeorm';
import { reachableBy } from '../access/scope';
import { groupByKey, loader, oneByKey, uuids } from '../kernel/loaders';
import { Caller } from '../kernel/principal';
import { CareApplication } from './application.types';

const COLUMNS = `a.id, a.case_id AS "caseId", a.service, a.applied_on AS "appliedOn", a.status,
  a.offered_provider_agency_id AS "offeredProviderAgencyId", a.offered_on AS "offeredOn", a.assessment_id AS "assessmentId",
  a.services_tried AS "servicesTried", a.why_not_enough AS "whyNotEnough", a.admitted_on AS "admittedOn", a.removed_on AS "removedOn",
  a.removal_reason AS "removalReason", a.version, a.created_at AS "createdAt"`;

export function createWaitingListLoaders(db: DataSource, principal: Caller) {
  const agency = principal.agency.id;

  const applicationsByCase = loader<string, CareApplication[]>(async (ids) => {
    const rows: CareApplication[] = await db.query(
      `SELECT ${COLUMNS} FROM care_application a WHERE a.case_id = ANY($2::uuid[]) AND ${reachableBy('a.case_id', '$1', principal)}
        ORDER BY a.case_id, a.applied_on DESC, a.created_at DESC, a.id`, [agency, uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.caseId);
  });

  const applicationById = loader<string, CareApplication | null>(async (ids) => {
    const rows: CareApplication[] = await db.query(
      `SELECT ${COLUMNS} FROM care_application a WHERE a.id = ANY($2::uuid[]) AND ${reachableBy('a.case_id', '$1', principal)}`,
      [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id);
  });

  return { applicationsByCase, applicationById };
}

export type WaitingListLoaders = ReturnType<typeof createWaitingListLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    waitingList: WaitingListLoaders;
  }
}
