import { DataSource } from 'typeorm';
import { Caller } from '../kernel/principal';
import { reachableBy } from '../access/scope';
import { columnsOf, jsonOncePer } from '../kernel/db/sql';
import { caseRowById } from '../access/case-rows';
import { Agency } from '../reference';
import type { AgencyLoader } from '../reference';
import { groupByKey, loader, oneByKey } from '../kernel/loaders';
import { Assessment } from './assessment.entity';

const NEWEST_FIRST = 'a.assessed_on DESC, a.created_at DESC, a.id DESC';

export function createAssessmentLoaders(db: DataSource, principal: Caller, agencies: AgencyLoader) {
  const agency = principal.agency.id;

  const assessmentsByCase = loader<string, Assessment[]>(async (caseIds) => {
    const rows: Assessment[] = await db.query(
      `SELECT ${columnsOf(db, Assessment, 'a')} FROM assessment a
        WHERE a.case_id = ANY($2::uuid[]) AND ${reachableBy('a.case_id', '$1', principal)} ORDER BY ${NEWEST_FIRST}`,
      [agency, caseIds]);
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });

  /** The newest assessment with its author agency, each agency sent once and primed into the agency loader (no second statement). */
  const latestAssessmentByCase = loader<string, Assessment | null>(async (caseIds) => {
    const rows = await agencies.carrying<Assessment, 'author'>(db.query(
      `SELECT newest.*, ${jsonOncePer(db, Agency, 'ag', 'ag.id')} AS author
         FROM (SELECT DISTINCT ON (a.case_id) ${columnsOf(db, Assessment, 'a')} FROM assessment a
                WHERE a.case_id = ANY($2::uuid[]) AND ${reachableBy('a.case_id', '$1', principal)}
                ORDER BY a.case_id, ${NEWEST_FIRST}) newest
         JOIN agency ag ON ag.id = newest."authorAgencyId"`, [agency, caseIds]), 'author');
    return oneByKey(caseIds, rows, (r) => r.caseId);
  });

  const assessmentById = caseRowById(db, principal, Assessment);

  return { assessmentsByCase, latestAssessmentByCase, assessmentById };
}

export type AssessmentLoaders = ReturnType<typeof createAssessmentLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    assessments: AssessmentLoaders;
  }
}
