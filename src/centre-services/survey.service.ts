import { createHash, randomBytes } from 'node:crypto';
import type { RequestContext } from '../kernel/context';
import { today } from '../kernel/dates';
import { badInput, conflict, notFound } from '../kernel/errors';
import { uuids } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import type { IssuedSurveyTokens, OpenPartnerSurveyInput, PartnerSurvey, SurveyQuestion } from './centre.types';

/**
 * A support centre's partner surveys (seed 000): opened for a year and a kind of partner, answered
 * with one-time tokens the centre hands out (survey-answers.ts takes the answers, anonymously), and
 * closed. Only the centre's own surveys are ever read or changed (the agency comes from the token).
 */
const MAX_TOKENS = 500;

export const QUESTIONS = `SELECT q.code, q.partner_kind AS "partnerKind", q.position, q.scale, q.text, q.text_en AS "textEn" FROM survey_question q`;

const SURVEY = `SELECT s.id, s.year, s.partner_kind AS "partnerKind", s.opened_at AS "openedAt", s.closed_at AS "closedAt",
    s.tokens_issued AS "tokensIssued", s.responses,
    coalesce((SELECT json_agg(json_build_object('code', q.code, 'partnerKind', q.partner_kind, 'position', q.position, 'scale', q.scale,
                                                'text', q.text, 'textEn', q.text_en) ORDER BY q.position)
                FROM survey_question q WHERE q.partner_kind = s.partner_kind), '[]') AS questions
  FROM partner_survey s`;

/** The sha-256 of a token, as the hub keeps it. */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

async function own(ctx: RequestContext, id: string): Promise<PartnerSurvey> {
  const [row]: PartnerSurvey[] = uuids([id]).length === 0 ? []
    : await ctx.db.query(`${SURVEY} WHERE s.id = $1 AND s.centre_id = $2`, [id, ctx.principal.agency.id]);
  if (!row) throw notFound('Partner survey');
  return row;
}

function checkYear(year: number): void {
  const current = Number(today().slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > current) throw badInput('input.year', `must be a year from 2000 to ${current}`);
}

export const surveyService = {
  questions(ctx: RequestContext, partnerKind: string | null): Promise<SurveyQuestion[]> {
    return ctx.db.query(`${QUESTIONS} WHERE $1::text IS NULL OR q.partner_kind = $1 ORDER BY q.partner_kind, q.position`, [partnerKind]);
  },

  list(ctx: RequestContext, year: number | null): Promise<PartnerSurvey[]> {
    return ctx.db.query(`${SURVEY} WHERE s.centre_id = $1 AND ($2::int IS NULL OR s.year = $2) ORDER BY s.year DESC, s.partner_kind`,
      [ctx.principal.agency.id, year]);
  },

  /** One survey per centre, year and kind of partner (a second is CONFLICT, by the unique key). */
  async open(ctx: RequestContext, input: OpenPartnerSurveyInput, idempotencyKey: string | null): Promise<PartnerSurvey> {
    checkYear(input.year);
    const id = await runMutation(ctx, producesId('openPartnerSurvey', idempotencyKey, { input }), async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO partner_survey (centre_id, year, partner_kind, opened_by_user_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (centre_id, year, partner_kind) DO NOTHING RETURNING id`,
        [ctx.principal.agency.id, input.year, input.partnerKind, ctx.principal.userId]);
      if (!row) throw conflict(`Your centre already has a survey of ${input.partnerKind} for ${input.year}`);
      await ctx.audit.write(tx, { caseId: null, roles: [], operation: 'openPartnerSurvey', entity: 'PartnerSurvey', entityId: row.id,
        fields: ['year', 'partnerKind'], categories: [], oldVersion: null, newVersion: 1 });
      return row.id;
    });
    return own(ctx, id);
  },

  /**
   * New one-time tokens for an open survey. The hub keeps only their hashes; a retry with the same
   * idempotency key answers the same tokens (kept with the key for its 24 to 48 hours, then gone).
   */
  async issueTokens(ctx: RequestContext, surveyId: string, count: number, idempotencyKey: string | null): Promise<IssuedSurveyTokens> {
    if (!Number.isInteger(count) || count < 1 || count > MAX_TOKENS) throw badInput('count', `must be from 1 to ${MAX_TOKENS}`);
    const tokens = await runMutation(ctx, {
      operation: 'issueSurveyTokens', idempotencyKey, args: { surveyId, count },
      remember: (issued: string[]) => ({ tokens: issued.join(' ') }),
      recall: (memo) => memo.tokens.split(' '),
    }, async (tx) => {
      const [survey]: { closed: boolean }[] = uuids([surveyId]).length === 0 ? []
        : await tx.query('SELECT closed_at IS NOT NULL AS closed FROM partner_survey WHERE id = $1 AND centre_id = $2 FOR UPDATE',
          [surveyId, ctx.principal.agency.id]);
      if (!survey) throw notFound('Partner survey');
      if (survey.closed) throw conflict('The survey is closed: it takes no more answers');
      const issued = Array.from({ length: count }, () => randomBytes(24).toString('base64url'));
      await tx.query('INSERT INTO survey_token (token_hash, survey_id) SELECT unnest($1::bytea[]), $2',
        [issued.map(tokenHash), surveyId]);
      await tx.query('UPDATE partner_survey SET tokens_issued = tokens_issued + $2 WHERE id = $1', [surveyId, count]);
      await ctx.audit.write(tx, { caseId: null, roles: [], operation: 'issueSurveyTokens', entity: 'PartnerSurvey', entityId: surveyId,
        fields: ['tokensIssued'], categories: [], oldVersion: null, newVersion: null });
      return issued;
    });
    return { survey: await own(ctx, surveyId), tokens };
  },

  /** Closes a survey: its unused tokens are deleted, it takes no more answers, and its results are published. */
  async close(ctx: RequestContext, id: string, idempotencyKey: string | null): Promise<PartnerSurvey> {
    await runMutation(ctx, producesId('closePartnerSurvey', idempotencyKey, { id }), async (tx) => {
      const [survey]: { closed: boolean }[] = uuids([id]).length === 0 ? []
        : await tx.query('SELECT closed_at IS NOT NULL AS closed FROM partner_survey WHERE id = $1 AND centre_id = $2 FOR UPDATE',
          [id, ctx.principal.agency.id]);
      if (!survey) throw notFound('Partner survey');
      if (survey.closed) throw conflict('The survey is already closed');
      await tx.query('DELETE FROM survey_token WHERE survey_id = $1', [id]);
      await tx.query('UPDATE partner_survey SET closed_at = now() WHERE id = $1', [id]);
      await ctx.audit.write(tx, { caseId: null, roles: [], operation: 'closePartnerSurvey', entity: 'PartnerSurvey', entityId: id,
        fields: ['closedAt'], categories: [], oldVersion: null, newVersion: null });
      return id;
    });
    return own(ctx, id);
  },
};
