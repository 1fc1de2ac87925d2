import { DataSource } from 'typeorm';
import { reachableBy } from '../access/scope';
import { Category } from '../kernel/categories';
import { groupByKey, loader, oneByKey, uuids } from '../kernel/loaders';
import { Caller } from '../kernel/principal';
import { BirthFamilyContact } from './contact.types';

export const CONTACT_COLUMNS = `x.id, x.case_id AS "caseId", x.kind, x.status, x.planned_on::text AS "plannedOn", x.held_on::text AS "heldOn",
  x.place, x.participants, x.outcome, x.organising_agency_id AS "organisingAgencyId", x.organised_by_user_id AS "organisedByUserId",
  x.version, x.created_at AS "createdAt", x.updated_at AS "updatedAt"`;

export interface ContactFacts { caseId: string; authorAgencyId: string; category: Category }

export function createBirthFamilyLoaders(db: DataSource, principal: Caller) {
  const agency = principal.agency.id;

  const contactsByCase = loader<string, BirthFamilyContact[]>(async (ids) => {
    const rows: BirthFamilyContact[] = await db.query(
      `SELECT ${CONTACT_COLUMNS} FROM birth_family_contact x WHERE x.case_id = ANY($2::uuid[]) AND ${reachableBy('x.case_id', '$1', principal)}
        ORDER BY x.case_id, x.planned_on DESC, x.created_at DESC`, [agency, uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.caseId);
  });

  const contactById = loader<string, BirthFamilyContact | null>(async (ids) => {
    const rows: BirthFamilyContact[] = await db.query(
      `SELECT ${CONTACT_COLUMNS} FROM birth_family_contact x WHERE x.id = ANY($2::uuid[]) AND ${reachableBy('x.case_id', '$1', principal)}`,
      [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id);
  });

  /** What the write rule decides on: the case (when the caller reaches it) and the organising agency; always FAMILY. */
  const contactFacts = loader<string, ContactFacts | null>(async (ids) => {
    const rows: (ContactFacts & { id: string })[] = await db.query(
      `SELECT x.id, x.case_id AS "caseId", x.organising_agency_id AS "authorAgencyId", '${Category.FAMILY}' AS category
         FROM birth_family_contact x WHERE x.id = ANY($2::uuid[]) AND ${reachableBy('x.case_id', '$1', principal)}`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id);
  });

  return { contactsByCase, contactById, contactFacts };
}

export type BirthFamilyLoaders = ReturnType<typeof createBirthFamilyLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    birthFamily: BirthFamilyLoaders;
  }
}
