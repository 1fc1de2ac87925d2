import { DataSource } from 'typeorm';
import { Principal } from '../access/roles';
import { reachableBy } from '../access/scope';
import { columnsOf } from '../db/sql';
import { groupByKey, loader, oneByKey } from '../graphql/loader-utils';
import { Assessment } from './assessment.entity';

const NEWEST_FIRST = 'a.assessed_on DESC, a.created_at DESC, a.id DESC';

export function createAssessmentLoaders(db: DataSource, principal: Principal) {
  const agency = principal.agency.id;

  const assessmentsByCase = loader<string, Assessment[]>(async (caseIds) => {
    const rows: Assessment[] = await db.query(
      `SELECT ${columnsOf(db, Assessment, 'a')} FROM assessment a
        WHERE a.case_id = ANY($2::uuid[]) AND ${reachableBy('a.case_id', '$1')} ORDER BY ${NEWEST_FIRST}`,
      [agency, caseIds]);
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });

  const latestAssessmentByCase = loader<string, Assessment | null>(async (caseIds) => {
    const rows: Assessment[] = await db.query(
      `SELECT DISTINCT ON (a.case_id) ${columnsOf(db, Assessment, 'a')} FROM assessment a
        WHERE a.case_id = ANY($2::uuid[]) AND ${reachableBy('a.case_id', '$1')}
        ORDER BY a.case_id, ${NEWEST_FIRST}`, [agency, caseIds]);
    return oneByKey(caseIds, rows, (r) => r.caseId);
  });

  return { assessmentsByCase, latestAssessmentByCase };
}
