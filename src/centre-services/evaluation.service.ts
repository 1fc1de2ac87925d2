import { centreEvaluationScope } from '../access/decide';
import { centreInScope } from '../access/scope';
import type { RequestContext } from '../kernel/context';
import { columnsOf } from '../kernel/db/sql';
import { today } from '../kernel/dates';
import { badInput, forbidden } from '../kernel/errors';
import { Agency } from '../reference';
import { Cell, suppress } from '../reporting';
import { ActivityParticipants, CentreService, PartnerKind, SurveyQuestion } from './centre.types';
import type { CentreEvaluation, QuestionResult, ServiceIndicator, SurveyResult } from './evaluation.types';
import { QUESTIONS } from './survey.service';

/**
 * A support centre's yearly evaluation (seed 000): the quantitative indicators of each of its
 * services, from its activities, and the results of its partner surveys of the year once closed.
 * Survey counts go through the regional figures' disclosure control (reporting's `suppress`): per
 * question a table of the five points of the scale whose total, the survey's responses (every
 * response answers every question), is published; counts from 1 to the threshold − 1 and their
 * complements are hidden, and a mean is given only where no count of its question is. A survey still open shows nothing: results read before and
 * after one person answered would tell that person's answers by subtraction.
 */
const SCORES = [1, 2, 3, 4, 5];

const cell = (value: number | null): Cell => ({ value, suppressed: value === null, unknown: false });

interface IndicatorRow extends Omit<ServiceIndicator, 'service'> {
  service: CentreService;
}

async function indicators(ctx: RequestContext, centreId: string, year: number): Promise<ServiceIndicator[]> {
  const rows: IndicatorRow[] = await ctx.db.query(
    `WITH act AS (
       SELECT a.id, a.service_code, a.hours, a.occurred_on FROM centre_activity a
        WHERE a.centre_id = $1 AND a.occurred_on BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)),
     people AS (
       SELECT act.service_code, p.kind, sum(p.count)::int AS count FROM act JOIN centre_activity_participant p ON p.activity_id = act.id
        GROUP BY 1, 2)
     SELECT json_build_object('code', s.code, 'position', s.position, 'name', s.name, 'nameEn', s.name_en) AS service,
            (SELECT count(*)::int FROM act WHERE act.service_code = s.code) AS activities,
            (SELECT coalesce(sum(act.hours), 0)::float8 FROM act WHERE act.service_code = s.code) AS hours,
            (SELECT coalesce(sum(people.count), 0)::int FROM people WHERE people.service_code = s.code) AS participants,
            coalesce((SELECT json_agg(json_build_object('kind', people.kind, 'count', people.count) ORDER BY people.kind)
                        FROM people WHERE people.service_code = s.code), '[]') AS "participantsByKind",
            (SELECT count(DISTINCT date_trunc('month', act.occurred_on))::int FROM act WHERE act.service_code = s.code) AS "activeMonths"
       FROM centre_service s ORDER BY s.position`, [centreId, year]);
  return rows.map((r) => ({ ...r, participantsByKind: r.participantsByKind as ActivityParticipants[] }));
}

interface SurveyRow {
  partnerKind: PartnerKind;
  responses: number;
  /** counts[question code][score − 1] */
  tallies: Record<string, number[]>;
}

async function surveys(ctx: RequestContext, centreId: string, year: number): Promise<SurveyResult[]> {
  const [rows, questions]: [SurveyRow[], SurveyQuestion[]] = await Promise.all([
    ctx.db.query(
      `SELECT s.partner_kind AS "partnerKind", s.responses,
              coalesce((SELECT json_object_agg(t.question_code, t.counts) FROM (
                 SELECT qc.question_code, array_agg(coalesce(tl.count, 0) ORDER BY sc) AS counts
                   FROM generate_series(1, 5) AS sc CROSS JOIN (SELECT DISTINCT question_code FROM survey_tally WHERE survey_id = s.id) qc
                   LEFT JOIN survey_tally tl ON tl.survey_id = s.id AND tl.question_code = qc.question_code AND tl.score = sc
                  GROUP BY qc.question_code) t), '{}') AS tallies
         FROM partner_survey s WHERE s.centre_id = $1 AND s.year = $2 AND s.closed_at IS NOT NULL
        ORDER BY array_position($3::text[], s.partner_kind)`,
      [centreId, year, Object.values(PartnerKind)]),
    ctx.db.query(`${QUESTIONS} ORDER BY q.partner_kind, q.position`),
  ]);
  const threshold = ctx.settings.suppressionThreshold;
  return rows.map((survey) => {
    const asked = questions.filter((q) => q.partnerKind === survey.partnerKind);
    const table = asked.map((q) => survey.tallies[q.code] ?? SCORES.map(() => 0));
    // each question its own one-row table: its total (the responses) is published, no total across questions is
    const published = table.map((row) => suppress({ cells: [row] }, threshold).cells[0]);
    const small = survey.responses > 0 && survey.responses < Math.max(threshold, 5);
    return {
      partnerKind: survey.partnerKind,
      responses: cell(small ? null : survey.responses),
      questions: asked.map((question, r): QuestionResult => {
        const scores = published[r];
        const whole = !small && scores.every((v) => v !== null);
        const answered = table[r].reduce((a, b) => a + b, 0);
        const mean = whole && answered > 0 ? table[r].reduce((sum, n, i) => sum + n * SCORES[i], 0) / answered : null;
        return { question, scores: scores.map(cell), meanScore: mean === null ? null : Math.round(mean * 100) / 100 };
      }),
    };
  });
}

export const evaluationService = {
  async evaluate(ctx: RequestContext, centreCode: string, year: number): Promise<CentreEvaluation> {
    const scope = centreEvaluationScope(ctx.principal);
    if (!scope) throw forbidden("A support centre's evaluation is read by the centre itself and by oversight analysts");
    const current = Number(today().slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > current) throw badInput('year', `must be a year from 2000 to ${current}`);
    const inScope = centreInScope('a', scope, '$2');
    const [centre]: (Agency & { inScope: boolean })[] = await ctx.db.query(
      `SELECT ${columnsOf(ctx.db, Agency, 'a')}, (${inScope.sql}) AS "inScope" FROM agency a WHERE a.code = $1 AND a.kind = 'SUPPORT_CENTRE'`,
      [centreCode, inScope.value]);
    if (!centre) throw badInput('centreCode', `${centreCode} is not a support centre`);
    if (!centre.inScope) throw forbidden('That support centre is outside your reporting scope');
    await ctx.audit.aggregate(ctx.db, `CENTRE:${centre.code}:${year}`, ['centreEvaluation'], 'centreEvaluation');
    const [services, results] = await Promise.all([indicators(ctx, centre.id, year), surveys(ctx, centre.id, year)]);
    const { inScope: _inScope, ...agency } = centre;
    return { centre: agency as Agency, year, suppressionThreshold: Math.max(ctx.settings.suppressionThreshold, 5), indicators: services,
      surveys: results };
  },
};
