import type { DataSource } from 'typeorm';
import { updateReturning } from '../kernel/db/sql';
import { inTransaction } from '../kernel/db/transaction';
import { AppError, badInput } from '../kernel/errors';
import { tokenHash } from './survey.service';

/**
 * A respondent's answers to a partner survey, given with a one-time token and nothing else: no
 * login, no user, no agency (POST /surveys/answers). What is kept cannot tie an answer to who gave
 * it: each answer adds 1 to a tally per survey, question and point of the scale, and the survey's
 * count of responses goes up by one; no row of the response exists, the token's row is deleted in
 * the same transaction (no row says when it was used), nothing is audited (there is no one to
 * attribute it to) and the request is logged without its id. Every question of the survey is
 * answered, once, with 1 to 5, so the published counts of one survey all have the same total.
 */
export interface SurveyAnswersBody {
  token?: unknown;
  answers?: unknown;
}

/** The token's shape as issued (24 random bytes, base64url): anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;
const NOT_A_TOKEN = 'is not a valid response token (unknown, already used, or its survey is closed)';

interface Answer {
  question: string;
  score: number;
}

function answersOf(value: unknown, questions: readonly string[]): Answer[] {
  if (!Array.isArray(value)) throw badInput('answers', 'must be a list of { question, score }');
  const seen = new Set<string>();
  const answers = value.map((item: unknown, i): Answer => {
    const { question, score } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof question !== 'string' || !questions.includes(question)) {
      throw badInput(`answers.${i}.question`, `must be one of the survey's questions: ${questions.join(', ')}`);
    }
    if (seen.has(question)) throw badInput(`answers.${i}.question`, 'is answered a second time');
    seen.add(question);
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
      throw badInput(`answers.${i}.score`, 'must be a whole number from 1 to 5');
    }
    return { question, score };
  });
  const missing = questions.filter((q) => !seen.has(q));
  if (missing.length > 0) throw badInput('answers', `must answer every question of the survey; missing: ${missing.join(', ')}`);
  return answers;
}

/** Takes one response, or throws a BAD_USER_INPUT naming the field; a refused response changes nothing (its token stays usable). */
export async function submitSurveyAnswers(db: DataSource, body: SurveyAnswersBody): Promise<void> {
  const { token } = body;
  if (typeof token !== 'string' || !TOKEN.test(token)) throw badInput('token', NOT_A_TOKEN);
  const hash = tokenHash(token);
  await inTransaction(db, async (tx) => {
    // the survey's row lock orders the answers to one survey and a closing of it
    const [survey]: { id: string; questions: string[] }[] = await tx.query(
      `SELECT s.id, ARRAY(SELECT q.code FROM survey_question q WHERE q.partner_kind = s.partner_kind ORDER BY q.position) AS questions
         FROM survey_token t JOIN partner_survey s ON s.id = t.survey_id
        WHERE t.token_hash = $1 AND s.closed_at IS NULL FOR UPDATE OF s`, [hash]);
    if (!survey) throw badInput('token', NOT_A_TOKEN);
    const answers = answersOf(body.answers, survey.questions);
    // a parallel use of the same token, which waited for the lock, finds it gone
    const used = await updateReturning(tx, 'DELETE FROM survey_token WHERE token_hash = $1 RETURNING 1', [hash]);
    if (used.length === 0) throw badInput('token', NOT_A_TOKEN);
    await tx.query(
      `INSERT INTO survey_tally (survey_id, question_code, score, count) SELECT $1, k.question, k.score, 1
         FROM unnest($2::text[], $3::int[]) AS k(question, score)
       ON CONFLICT (survey_id, question_code, score) DO UPDATE SET count = survey_tally.count + 1`,
      [survey.id, answers.map((a) => a.question), answers.map((a) => a.score)]);
    await tx.query('UPDATE partner_survey SET responses = responses + 1 WHERE id = $1', [survey.id]);
  });
}

/** Whether a refusal is of the token itself (what a guesser meets), not of the answers given with a valid one. */
export function isTokenRefusal(error: unknown): boolean {
  return error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT' && error.extensions.field === 'token';
}

/** The HTTP status of a refusal. */
export function statusOf(error: unknown): number {
  return error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT' ? 400 : 500;
}
