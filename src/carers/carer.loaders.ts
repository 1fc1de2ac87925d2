import { DataSource } from 'typeorm';
import { carerReachableBy, carerRelationsOf } from '../access/carer-scope';
import { carerRelationsForPurpose } from '../access/decide';
import { CarerRelation, CarerStatus } from '../kernel/carers';
import { groupByKey, loader, oneByKey, uuids } from '../kernel/loaders';
import { Caller } from '../kernel/principal';
import {
  Carer, CarerForm, CarerTraining, CarerTransition, CompetenceAssessment, DevelopmentPlan, DevelopmentReview, HouseholdMember,
} from './carer.types';
import type { CarerSupportPlan } from './support-plan';

const CARER_COLUMNS = `c.id, c.kind, c.name, c.address, c.phone, c.municipality_code AS "municipalityCode",
  c.support_centre_id AS "supportCentreId", c.status, c.inquiry_on AS "inquiryOn", c.suitability_decided_on AS "suitabilityDecidedOn",
  c.version, ${'$RELATIONS'} AS "myRelations"`;

/**
 * The carers a request reaches and their records. A carer is read only where the caller's agency
 * stands in a relation to it that the request's purpose acts through (carer-scope.ts, in SQL); the
 * records under it are reached only through its fields, which the read guard decides per category.
 */
export function createCarerLoaders(db: DataSource, principal: Caller) {
  const columns = CARER_COLUMNS.replace('$RELATIONS', carerRelationsOf('c', '$1'));
  const withPurpose = (carer: Carer): Carer => ({ ...carer, myRelations: [...carerRelationsForPurpose(principal, carer.myRelations)] });

  /** Every relation of the caller's agency to a carer, whatever the purpose (the policy filters by purpose). */
  const relationsByCarer = loader<string, CarerRelation[]>(async (ids) => {
    const rows: { id: string; relations: CarerRelation[] }[] = await db.query(
      `SELECT c.id, ${carerRelationsOf('c', '$1')} AS relations FROM carer c WHERE c.id = ANY($2::uuid[])`,
      [principal.agency.id, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r?.relations ?? []);
  });

  const carerById = loader<string, Carer | null>(async (ids) => {
    const rows: Carer[] = await db.query(
      `SELECT ${columns} FROM carer c WHERE c.id = ANY($2::uuid[]) AND ${carerReachableBy('c', '$1', principal)}`,
      [principal.agency.id, uuids(ids)]);
    return oneByKey(ids, rows.map(withPurpose), (r) => r.id);
  });

  /** The carers the agency reaches (its own supported carers, its municipality's, those of its placed children), by name. */
  async function list(status: CarerStatus[] | null, first: number): Promise<Carer[]> {
    const rows: Carer[] = await db.query(
      `SELECT ${columns} FROM carer c
        WHERE (c.support_centre_id = $1
               OR c.municipality_code = (SELECT a.municipality_code FROM agency a WHERE a.id = $1 AND a.kind = 'ORPHAN_COURT')
               OR c.id IN (SELECT p.carer_id FROM placement p JOIN involvement i ON i.case_id = p.case_id
                            WHERE i.agency_id = $1 AND i.role = 'CASE_MANAGER' AND i.ended_at IS NULL AND p.carer_id IS NOT NULL))
          AND ($2::text[] IS NULL OR c.status = ANY($2::text[])) AND ${carerReachableBy('c', '$1', principal)}
        ORDER BY c.name, c.id LIMIT $3`, [principal.agency.id, status && status.length > 0 ? status : null, first]);
    return rows.map(withPurpose);
  }

  const byCarer = <T extends { carerId: string }>(sql: string) => loader<string, T[]>(async (ids) => {
    const rows: T[] = await db.query(sql, [uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.carerId);
  });

  const formsByCarer = byCarer<CarerForm>(
    `SELECT carer_id AS "carerId", form, decision_ref AS "decisionRef", decided_on AS "decidedOn", deciding_agency_id AS "decidingAgencyId"
       FROM carer_form WHERE carer_id = ANY($1::uuid[]) ORDER BY carer_id, decided_on, form`);
  const householdByCarer = byCarer<HouseholdMember>(
    `SELECT id, carer_id AS "carerId", name, relation, birth_year AS "birthYear"
       FROM carer_household_member WHERE carer_id = ANY($1::uuid[]) ORDER BY carer_id, birth_year NULLS LAST, id`);
  const historyByCarer = byCarer<CarerTransition>(
    `SELECT id, carer_id AS "carerId", from_status AS "from", to_status AS "to", reason, exit_interview AS "exitInterview",
            user_id AS "userId", agency_id AS "agencyId", at
       FROM carer_transition WHERE carer_id = ANY($1::uuid[]) ORDER BY carer_id, at, id`);
  const trainingsByCarer = byCarer<CarerTraining>(
    `SELECT id, carer_id AS "carerId", kind, hours::float8 AS hours, held_on AS "heldOn", topic
       FROM carer_training WHERE carer_id = ANY($1::uuid[]) ORDER BY carer_id, held_on, id`);
  const competencesByCarer = byCarer<CompetenceAssessment>(
    `SELECT id, carer_id AS "carerId", assessed_on AS "assessedOn", care_and_protection AS "careAndProtection",
            developmental_needs AS "developmentalNeeds", birth_family_relationship AS "birthFamilyRelationship", permanency, teamwork, note
       FROM carer_competence_assessment WHERE carer_id = ANY($1::uuid[]) ORDER BY carer_id, assessed_on DESC, created_at DESC`);
  const plansByCarer = byCarer<DevelopmentPlan>(
    `SELECT id, carer_id AS "carerId", version, goals, valid_from AS "validFrom", review_due_on AS "reviewDueOn"
       FROM carer_development_plan WHERE carer_id = ANY($1::uuid[]) ORDER BY carer_id, version DESC`);
  const supportPlansByCarer = byCarer<CarerSupportPlan>(
    `SELECT id, carer_id AS "carerId", version, needs, support, valid_from AS "validFrom", review_due_on AS "reviewDueOn",
            user_id AS "userId", created_at AS "createdAt"
       FROM carer_support_plan WHERE carer_id = ANY($1::uuid[]) ORDER BY carer_id, version DESC`);
  const reviewsByPlan = loader<string, DevelopmentReview[]>(async (ids) => {
    const rows: DevelopmentReview[] = await db.query(
      `SELECT r.id, p.carer_id AS "carerId", r.plan_id AS "planId", r.reviewed_on AS "reviewedOn", r.summary
         FROM carer_development_review r JOIN carer_development_plan p ON p.id = r.plan_id
        WHERE r.plan_id = ANY($1::uuid[]) ORDER BY r.plan_id, r.reviewed_on, r.id`, [uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.planId);
  });

  return {
    relationsByCarer, carerById, list, formsByCarer, householdByCarer, historyByCarer, trainingsByCarer, competencesByCarer,
    plansByCarer, reviewsByPlan, supportPlansByCarer,
  };
}

export type CarerLoaders = ReturnType<typeof createCarerLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    carers: CarerLoaders;
  }
}
