import type { RequestContext } from '../kernel/context';
import { conflict, notFound } from '../kernel/errors';
import { today } from '../kernel/dates';
import { uuids } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { RegisterMentorInput, SocialMentor } from './social-mentor.types';

/**
 * The caller's agency's register of social mentors. Every statement takes the agency from the
 * token, so no agency ever reads or changes another's register (another's mentor is "not found").
 */
const SELECT = `SELECT m.id, m.name, m.active,
    (SELECT count(*)::int FROM mentor_assignment a WHERE a.mentor_id = m.id AND (a.ends_on IS NULL OR a.ends_on > $2)) AS clients
  FROM social_mentor m WHERE m.agency_id = $1`;

async function one(ctx: RequestContext, id: string): Promise<SocialMentor> {
  const [row]: SocialMentor[] = await ctx.db.query(`${SELECT} AND m.id = $3`, [ctx.principal.agency.id, today(), id]);
  if (!row) throw notFound('Social mentor');
  return row;
}

export const mentorRegisterService = {
  list(ctx: RequestContext, includeRetired: boolean): Promise<SocialMentor[]> {
    return ctx.db.query(`${SELECT} AND (m.active OR $3) ORDER BY m.name, m.id`, [ctx.principal.agency.id, today(), includeRetired]);
  },

  async register(ctx: RequestContext, input: RegisterMentorInput, idempotencyKey: string | null): Promise<SocialMentor> {
    const name = text('input.name', input.name, { max: 300, required: true });
    const id = await runMutation(ctx, producesId('registerMentor', idempotencyKey, { input }), async (tx) => {
      const [row] = await tx.query('INSERT INTO social_mentor (agency_id, name, created_by_user_id) VALUES ($1, $2, $3) RETURNING id',
        [ctx.principal.agency.id, name, ctx.principal.userId]);
      // the agency's own register, no case's: audited as a write without a case
      await ctx.audit.write(tx, { caseId: null, roles: [], operation: 'registerMentor', entity: 'SocialMentor', entityId: row.id,
        fields: ['name'], categories: [], oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
    return one(ctx, id);
  },

  /** A retired mentor takes no new clients; the clients they have keep them until their assignments are ended. */
  async retire(ctx: RequestContext, id: string, idempotencyKey: string | null): Promise<SocialMentor> {
    await runMutation(ctx, producesId('retireMentor', idempotencyKey, { id }), async (tx) => {
      const [mentor]: { active: boolean }[] = uuids([id]).length === 0 ? []
        : await tx.query('SELECT active FROM social_mentor WHERE id = $1 AND agency_id = $2 FOR UPDATE', [id, ctx.principal.agency.id]);
      if (!mentor) throw notFound('Social mentor');
      if (!mentor.active) throw conflict('The social mentor is already retired');
      await tx.query('UPDATE social_mentor SET active = false WHERE id = $1', [id]);
      await ctx.audit.write(tx, { caseId: null, roles: [], operation: 'retireMentor', entity: 'SocialMentor', entityId: id,
        fields: ['active'], categories: [], oldVersion: null, newVersion: null });
      return id;
    });
    return one(ctx, id);
  },
};
