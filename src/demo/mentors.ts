/**
 * The demo social mentors: each social service's register, grown as its clients need mentors, so
 * no mentor ever has more than MENTOR_CLIENT_LIMIT clients at once (the hub's rule, kept by the data).
 */
import type { Client } from 'pg';
import { MENTOR_CLIENT_LIMIT } from '../mentors';
import { DAY_MS } from './dates';
import { Rng } from './random';
import { AgencyRef, personName } from './reference';

/** A span of days a mentor has a client: from, until (exclusive; null while open). */
type Span = [number, number | null];

export interface DemoMentor {
  id: string;
  agencyId: string;
  name: string;
  createdBy: string;
  spans: Span[];
}

/** Clients a mentor has on `day`. */
function clientsOn(mentor: DemoMentor, day: number): number {
  return mentor.spans.filter(([from, until]) => from <= day && (until === null || day < until)).length;
}

/** Whether a mentor can take a client for [from, until): never more than the limit on any day (the most are at a span's start). */
function hasRoom(mentor: DemoMentor, from: number, until: number | null): boolean {
  const days = [from, ...mentor.spans.map(([start]) => start).filter((start) => start > from && (until === null || start < until))];
  return days.every((day) => clientsOn(mentor, day) < MENTOR_CLIENT_LIMIT);
}

export class MentorBook {
  private readonly byAgency = new Map<string, DemoMentor[]>();
  /** Registered while generating and not yet in the database: inserted before the batch that assigns them. */
  private pending: DemoMentor[] = [];

  /** The active mentors already in the database, with the spans of their clients (a second run counts them too). */
  static async load(client: Client): Promise<MentorBook> {
    const book = new MentorBook();
    const { rows } = await client.query<{ id: string; agencyId: string; name: string; spans: [string, string | null][] | null }>(
      `SELECT m.id, m.agency_id AS "agencyId", m.name,
              (SELECT json_agg(json_build_array(a.starts_on, a.ends_on)) FROM mentor_assignment a WHERE a.mentor_id = m.id) AS spans
         FROM social_mentor m WHERE m.active ORDER BY m.created_at, m.id`);
    const day = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    for (const row of rows) {
      book.add({ id: row.id, agencyId: row.agencyId, name: row.name, createdBy: '',
        spans: (row.spans ?? []).map(([from, until]): Span => [day(from), until === null ? null : day(until)]) });
    }
    return book;
  }

  private add(mentor: DemoMentor): void {
    const list = this.byAgency.get(mentor.agencyId) ?? [];
    list.push(mentor);
    this.byAgency.set(mentor.agencyId, list);
  }

  /** A mentor of the agency with room for a client over [from, until), registering a new one when every one is full. */
  take(agency: AgencyRef, from: number, until: number | null, rng: Rng): DemoMentor {
    let mentor = (this.byAgency.get(agency.id) ?? []).find((m) => hasRoom(m, from, until));
    if (!mentor) {
      const { given, family } = personName(rng, rng.chance(0.7));
      mentor = { id: rng.uuid(), agencyId: agency.id, name: `${given} ${family}`, createdBy: `${agency.slug}-manager`, spans: [] };
      this.add(mentor);
      this.pending.push(mentor);
    }
    mentor.spans.push([from, until]);
    return mentor;
  }

  /** Inserts (and commits) the mentors registered since the last call, before any assignment naming them is loaded. */
  async registerPending(client: Client): Promise<void> {
    const mentors = this.pending;
    this.pending = [];
    if (mentors.length === 0) return;
    await client.query(
      `INSERT INTO social_mentor (id, agency_id, name, created_by_user_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
      [mentors.map((m) => m.id), mentors.map((m) => m.agencyId), mentors.map((m) => m.name), mentors.map((m) => m.createdBy)]);
  }
}
