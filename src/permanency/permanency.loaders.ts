import { DataSource } from 'typeorm';
import { reachableBy } from '../access/scope';
import { groupByKey, loader, oneByKey, uuids } from '../kernel/loaders';
import { Caller } from '../kernel/principal';
import { PermanencyPlan } from './permanency.types';

const COLUMNS = `x.id, x.case_id AS "caseId", x.version, x.goal, x.target_date AS "targetDate", x.decided_on AS "decidedOn",
  x.decision_ref AS "decisionRef", x.deciding_agency_id AS "decidingAgencyId", x.decided_by_user_id AS "decidedByUserId",
  x.recorded_at AS "recordedAt", (SELECT sp.version FROM support_plan sp WHERE sp.id = x.reviewed_with_plan_id) AS "reviewedWithPlanVersion"`;

export function createPermanencyLoaders(db: DataSource, principal: Caller) {
  const agency = principal.agency.id;

  const plansByCase = loader<string, PermanencyPlan[]>(async (ids) => {
    const rows: PermanencyPlan[] = await db.query(
      `SELECT ${COLUMNS} FROM permanency_plan x WHERE x.case_id = ANY($2::uuid[]) AND ${reachableBy('x.case_id', '$1', principal)}
        ORDER BY x.case_id, x.version DESC`, [agency, uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.caseId);
  });

  const planById = loader<string, PermanencyPlan | null>(async (ids) => {
    const rows: PermanencyPlan[] = await db.query(
      `SELECT ${COLUMNS} FROM permanency_plan x WHERE x.id = ANY($2::uuid[]) AND ${reachableBy('x.case_id', '$1', principal)}`,
      [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id);
  });

  return { plansByCase, planById };
}

export type PermanencyLoaders = ReturnType<typeof createPermanencyLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    permanency: PermanencyLoaders;
  }
}
