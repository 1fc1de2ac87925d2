import { DataSource } from 'typeorm';
import { reachableBy } from '../access/scope';
import { groupByKey, loader, oneByKey, uuids } from '../kernel/loaders';
import { Caller } from '../kernel/principal';
import { MentorAssignment } from './mentor-assignment.types';

export function createMentorLoaders(db: DataSource, principal: Caller) {
  const agency = principal.agency.id;

  const mentorsByCase = loader<string, MentorAssignment[]>(async (ids) => {
    const rows: MentorAssignment[] = await db.query(
      `SELECT m.id, m.case_id AS "caseId", m.provider_agency_id AS "providerAgencyId", m.mentor_id AS "mentorId",
              m.mentor_ref AS "mentorRef", m.mentor_name AS "mentorName", m.starts_on AS "startsOn", m.ends_on AS "endsOn"
         FROM mentor_assignment m WHERE m.case_id = ANY($2::uuid[]) AND ${reachableBy('m.case_id', '$1', principal)}
        ORDER BY m.case_id, m.starts_on DESC, m.id`, [agency, uuids(ids)]);
    return groupByKey(ids, rows, (r) => r.caseId);
  });

  /** The case of an assignment, when the caller reaches it: what the access layer decides an assignment's write on. */
  const caseOfMentorAssignment = loader<string, string | null>(async (ids) => {
    const rows: { id: string; caseId: string }[] = await db.query(
      `SELECT m.id, m.case_id AS "caseId" FROM mentor_assignment m
        WHERE m.id = ANY($2::uuid[]) AND ${reachableBy('m.case_id', '$1', principal)}`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r?.caseId ?? null);
  });

  return { mentorsByCase, caseOfMentorAssignment };
}

export type MentorLoaders = ReturnType<typeof createMentorLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    mentors: MentorLoaders;
  }
}
