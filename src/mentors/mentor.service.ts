import { Category } from '../kernel/categories';
import { providedFields } from '../access/audit-fields';
import type { RequestContext } from '../kernel/context';
import { badInput, conflict } from '../kernel/errors';
import { unknownCode } from '../kernel/reference-codes';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { AssignMentorInput, MentorAssignment } from './mentor-assignment.types';

/** A social mentor serves at most 5 clients at once (DOMAIN.md, transitions). */
export const MENTOR_CLIENT_LIMIT = 5;

export const mentorService = {
  async assign(ctx: RequestContext, input: AssignMentorInput, idempotencyKey: string | null): Promise<MentorAssignment> {
    const mentorRef = text('input.mentorRef', input.mentorRef, { max: 100, required: true }) as string;
    const mentorName = text('input.mentorName', input.mentorName, { max: 300, required: true });
    const id = await runMutation(ctx, producesId('assignMentor', idempotencyKey, { input }), async (tx) => {
      // one mentor's assignments are counted one at a time, so parallel requests cannot overfill
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('mentor:' || $1))`, [mentorRef]);
      const [{ active, here }] = await tx.query(
        `SELECT count(*)::int AS active, count(*) FILTER (WHERE case_id = $2)::int AS here
           FROM mentor_assignment WHERE mentor_ref = $1 AND (ends_on IS NULL OR ends_on > $3)`,
        [mentorRef, input.caseId, input.startsOn]);
      if (here > 0) throw conflict('The mentor is already assigned to this client');
      if (active >= MENTOR_CLIENT_LIMIT) {
        throw badInput('input.mentorRef', `The social mentor already has ${active} clients; a mentor serves at most ${MENTOR_CLIENT_LIMIT}`);
      }
      let providerId: string | null = null;
      if (input.providerAgencyCode) {
        const [provider] = await tx.query('SELECT id FROM agency WHERE code = $1', [input.providerAgencyCode]);
        if (!provider) throw unknownCode('input.providerAgencyCode', 'agency', input.providerAgencyCode);
        providerId = provider.id;
      }
      const [row] = await tx.query(
        `INSERT INTO mentor_assignment (case_id, mentor_ref, mentor_name, provider_agency_id, starts_on, created_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.caseId, mentorRef, mentorName, providerId, input.startsOn, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'assignMentor',
        entity: 'MentorAssignment', entityId: row.id, fields: providedFields(input), categories: [Category.PLAN],
        oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
    const assigned = (await ctx.loaders.mentors.mentorsByCase.load(input.caseId)).find((m) => m.id === id);
    if (!assigned) throw badInput('input.caseId', 'the assignment is not visible');
    return assigned;
  },
};
