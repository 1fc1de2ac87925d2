import { Category } from '../kernel/categories';
import { providedFields } from '../access/audit-fields';
import type { RequestContext } from '../kernel/context';
import { badInput, conflict, notFound } from '../kernel/errors';
import { uuids } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { AssignMentorInput, MentorAssignment } from './mentor-assignment.types';

/** A social mentor serves at most 5 clients at once (DOMAIN.md, transitions; 004 J1). */
export const MENTOR_CLIENT_LIMIT = 5;

/**
 * One answer for a mentor id that does not exist, a retired mentor and another agency's mentor, so
 * an assignment tells nothing about any agency's mentors but the caller's own.
 */
const unknownMentor = () => badInput('input.mentorId', "is not an active social mentor in your agency's register");

async function readBack(ctx: RequestContext, caseId: string, id: string): Promise<MentorAssignment> {
  const row = (await ctx.loaders.mentors.mentorsByCase.load(caseId)).find((m) => m.id === id);
  if (!row) throw notFound('Mentor assignment');
  return row;
}

export const mentorService = {
  /**
   * Assigns one of the caller's agency's own mentors (the agency that engages them assigns them).
   * The mentor's row is locked, so parallel assignments of one mentor are counted one after another.
   */
  async assign(ctx: RequestContext, input: AssignMentorInput, idempotencyKey: string | null): Promise<MentorAssignment> {
    const agencyId = ctx.principal.agency.id;
    const id = await runMutation(ctx, producesId('assignMentor', idempotencyKey, { input }), async (tx) => {
      const [mentor]: { id: string; name: string }[] = uuids([input.mentorId]).length === 0 ? []
        : await tx.query('SELECT id, name FROM social_mentor WHERE id = $1 AND agency_id = $2 AND active FOR UPDATE', [input.mentorId, agencyId]);
      if (!mentor) throw unknownMentor();
      // the mentor's clients not ended by the day the new one starts (later ones included: they will overlap)
      const [{ active, here }] = await tx.query(
        `SELECT count(*)::int AS active, count(*) FILTER (WHERE case_id = $2)::int AS here
           FROM mentor_assignment WHERE mentor_id = $1 AND (ends_on IS NULL OR ends_on > $3)`,
        [mentor.id, input.caseId, input.startsOn]);
      if (here > 0) throw conflict('The mentor is already assigned to this client');
      if (active >= MENTOR_CLIENT_LIMIT) {
        throw badInput('input.mentorId', `The social mentor already has ${active} clients; a mentor serves at most ${MENTOR_CLIENT_LIMIT}`);
      }
      const [row] = await tx.query(
        `INSERT INTO mentor_assignment (case_id, mentor_id, mentor_name, provider_agency_id, starts_on, created_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.caseId, mentor.id, mentor.name, agencyId, input.startsOn, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'assignMentor',
        entity: 'MentorAssignment', entityId: row.id, fields: providedFields(input), categories: [Category.PLAN],
        oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
    return readBack(ctx, input.caseId, id);
  },

  /** Ends an assignment on a day (today or another): from that day the mentor no longer counts the client. Once. */
  async end(ctx: RequestContext, id: string, endsOn: string, idempotencyKey: string | null): Promise<MentorAssignment> {
    const caseId = await runMutation(ctx, producesId('endMentorAssignment', idempotencyKey, { id, endsOn }), async (tx) => {
      const [current]: { caseId: string; startsOn: string; endsOn: string | null }[] = await tx.query(
        'SELECT case_id AS "caseId", starts_on AS "startsOn", ends_on AS "endsOn" FROM mentor_assignment WHERE id = $1 FOR UPDATE', [id]);
      if (!current) throw notFound('Mentor assignment');
      if (current.endsOn !== null) throw conflict(`The assignment has already ended on ${current.endsOn}`);
      if (endsOn < current.startsOn) throw badInput('endsOn', `must be on or after the day the assignment started (${current.startsOn})`);
      await tx.query('UPDATE mentor_assignment SET ends_on = $2 WHERE id = $1', [id, endsOn]);
      await ctx.audit.write(tx, { caseId: current.caseId, roles: await ctx.facts.rolesInCase(current.caseId),
        operation: 'endMentorAssignment', entity: 'MentorAssignment', entityId: id, fields: ['endsOn'], categories: [Category.PLAN],
        oldVersion: null, newVersion: null });
      return current.caseId;
    });
    return readBack(ctx, caseId, id);
  },
};
