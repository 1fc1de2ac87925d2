import { Writable } from 'node:stream';
import { createLogger } from '../../src/kernel/logger';
import { UserRole } from '../../src/kernel/principal';
import { daysAfter, involve, openCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const RECORD = graphql(`mutation CentreRecordActivity($input: RecordCentreActivityInput!) {
  recordCentreActivity(input: $input) { id serviceCode occurredOn hours participants { kind count } caseIds note }
}`);
const ACTIVITIES = graphql(`query CentreActivities($from: LocalDate!, $to: LocalDate!, $serviceCode: String, $first: Int, $after: String) {
  centreActivities(from: $from, to: $to, serviceCode: $serviceCode, first: $first, after: $after) {
    totalCount edges { node { id serviceCode occurredOn } } pageInfo { hasNextPage endCursor }
  }
}`);
const COUNTS = graphql(`query CentreActivityCounts($from: LocalDate!, $to: LocalDate!) {
  centreActivityCounts(from: $from, to: $to) { month serviceCode activities hours participants }
}`);
const OPEN = graphql(`mutation CentreOpenSurvey($input: OpenPartnerSurveyInput!) {
  openPartnerSurvey(input: $input) { id year partnerKind tokensIssued responses closedAt questions { code scale } }
}`);
const ISSUE = graphql(`mutation CentreIssueTokens($surveyId: ID!, $count: Int!) {
  issueSurveyTokens(surveyId: $surveyId, count: $count) { tokens survey { id tokensIssued responses } }
}`);
const ISSUE_KEYED = graphql(`mutation CentreIssueTokensKeyed($surveyId: ID!, $count: Int!, $key: String) {
  issueSurveyTokens(surveyId: $surveyId, count: $count, idempotencyKey: $key) { tokens survey { tokensIssued } }
}`);
const CLOSE = graphql(`mutation CentreCloseSurvey($id: ID!) { closePartnerSurvey(id: $id) { id closedAt responses } }`);
const SURVEYS = graphql(`query CentreSurveys($year: Int) { partnerSurveys(year: $year) { id partnerKind tokensIssued responses closedAt } }`);
const EVALUATION = graphql(`query CentreEvaluation($centreCode: String!, $year: Int!) {
  centreEvaluation(centreCode: $centreCode, year: $year) {
    year suppressionThreshold centre { code }
    indicators { service { code } activities hours participants participantsByKind { kind count } activeMonths }
    surveys { partnerKind responses { value suppressed } questions { question { code } scores { value suppressed } meanScore } }
  }
}`);

const YEAR = Number(TODAY.slice(0, 4));
const LAST_YEAR = YEAR - 1;

/**
 * The support centre's services (seed 000) and its yearly evaluation: activities recorded with
 * participants as counts, counted per month; partner surveys answered with one-time tokens and kept
 * so that no answer can be tied to who gave it; the results suppressed as the regional figures are;
 * and who may read what.
 */
describe("a support centre's services and its yearly evaluation", () => {
  let hub: TestHub;
  let centre: string;
  const lines: string[] = [];
  const activity = (overrides: Record<string, unknown> = {}) => ({
    serviceCode: 'SUPPORT_GROUPS', occurredOn: TODAY, hours: 2, participants: [{ kind: 'FOSTER_FAMILY', count: 6 }], ...overrides,
  });
  const written = async () => (await hub.db.query(
    `SELECT (SELECT count(*) FROM centre_activity)::int AS activities, (SELECT count(*) FROM centre_activity_participant)::int AS participants,
            (SELECT count(*) FROM centre_activity_case)::int AS links, (SELECT count(*) FROM audit_log WHERE kind = 'WRITE')::int AS writes`))[0];
  /** POSTs answers the way a respondent does: no login, only the token. */
  const answer = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${hub.url}/surveys/answers`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body) });
    return { status: res.status, requestId: res.headers.get('x-request-id'), body: await res.json() as Record<string, unknown> };
  };
  const FF = ['FF_SERVICE_QUALITY', 'FF_PROFESSIONAL', 'FF_BEFORE_AFTER', 'FF_SUFFICIENT'];
  const scores = (...s: number[]) => FF.map((question, i) => ({ question, score: s[i] }));

  beforeAll(async () => {
    const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    hub = await startHub({ log: createLogger('info', sink) });
    centre = await hub.token('AC-RIGA-1', UserRole.CASE_WORKER);
  });
  afterAll(async () => { await hub.close(); });

  it('refuses an activity with bad input, naming the field, and writes nothing', async () => {
    const stranger = await openCase(hub, 'RIGA');
    const before = await written();
    const cases: [Record<string, unknown>, string, string, string][] = [
      [{ serviceCode: 'TEA_PARTY' }, 'BAD_USER_INPUT', 'input.serviceCode', 'unknown centre service code TEA_PARTY'],
      [{ hours: 0 }, 'BAD_USER_INPUT', 'input.hours', 'must be more than 0'],
      [{ hours: -1 }, 'BAD_USER_INPUT', 'input.hours', 'must be more than 0'],
      [{ hours: 25 }, 'BAD_USER_INPUT', 'input.hours', "must be at most 24 (one day's activity)"],
      [{ hours: 1.1 }, 'BAD_USER_INPUT', 'input.hours', 'must be in quarter hours (e.g. 1.25)'],
      [{ occurredOn: daysAfter(TODAY, 1) }, 'BAD_USER_INPUT', 'input.occurredOn', 'must not be in the future'],
      [{ occurredOn: daysAfter(TODAY, -31) }, 'BAD_USER_INPUT', 'input.occurredOn', 'must not be more than 30 days ago'],
      [{ participants: [] }, 'BAD_USER_INPUT', 'input.participants', 'must name at least one kind of participant'],
      [{ participants: [{ kind: 'CHILD', count: 2 }, { kind: 'CHILD', count: 1 }] }, 'BAD_USER_INPUT', 'input.participants.1.kind',
        'lists CHILD a second time'],
      [{ participants: [{ kind: 'CHILD', count: 0 }] }, 'BAD_USER_INPUT', 'input.participants.0.count', 'must be from 1 to 1000'],
      [{ note: 'x'.repeat(501) }, 'BAD_USER_INPUT', 'input.note', 'must be at most 500 characters'],
      // a case the centre is not involved in does not exist for it
      [{ caseIds: [stranger.id] }, 'NOT_FOUND', 'input.caseIds.0', 'Case not found'],
    ];
    for (const [input, code, field, message] of cases) {
      const res = await hub.gql(centre, RECORD, { input: activity(input) as never });
      expect([input, res.errors.map((e) => ({ code: e.extensions?.code, field: e.extensions?.field, message: e.message }))])
        .toEqual([input, [{ code, field, message }]]);
    }
    // only a support centre's case handlers keep its records
    for (const [agency, role] of [['SD-RIGA', UserRole.CASE_WORKER], ['LM', UserRole.ANALYST], ['AC-RIGA-1', UserRole.ANALYST]] as const) {
      const res = await hub.gql(await hub.token(agency, role), RECORD, { input: activity() as never });
      expect([agency, role, res.errors[0]?.extensions?.code]).toEqual([agency, role, 'FORBIDDEN']);
    }
    expect(await written()).toEqual(before);
  });

  it('records activities, linked only to cases the centre is involved in, and counts them per month and service', async () => {
    const placed = await openCase(hub, 'RIGA');
    await involve(hub, placed.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    const res = await hub.gql(centre, RECORD, { input: activity({ serviceCode: 'BIRTH_FAMILY_CONTACT', hours: 1.5, caseIds: [placed.id],
      participants: [{ kind: 'CHILD', count: 1 }, { kind: 'BIRTH_FAMILY_MEMBER', count: 2 }], note: 'Contact meeting at the centre' }) as never });
    expect(res.errors).toEqual([]);
    expect(res.data?.recordCentreActivity).toMatchObject({ serviceCode: 'BIRTH_FAMILY_CONTACT', hours: 1.5, caseIds: [placed.id],
      participants: [{ kind: 'BIRTH_FAMILY_MEMBER', count: 2 }, { kind: 'CHILD', count: 1 }] });
    // in the case's log as the centre's work with the client; the centre's own records otherwise
    expect(await hub.db.query(`SELECT case_id AS "caseId", categories FROM audit_log WHERE kind = 'WRITE' AND entity_id = $1`,
      [res.data?.recordCentreActivity.id])).toEqual([{ caseId: placed.id, categories: ['FOLLOW_UP'] }]);

    expect((await hub.gql(centre, RECORD, { input: activity({ hours: 3 }) as never })).errors).toEqual([]);
    // older months, and another centre's work, as set-up
    await hub.db.query(
      `INSERT INTO centre_activity (centre_id, service_code, occurred_on, hours, recorded_by_user_id)
       SELECT a.id, v.service, v.day::date, v.hours, 'setup' FROM agency a,
              (VALUES ('AC-RIGA-1', 'SUPPORT_GROUPS', '2026-03-10', 2.0), ('AC-RIGA-1', 'SUPPORT_GROUPS', '2026-03-24', 2.5),
                      ('AC-RIGA-1', 'INITIAL_TRAINING', '2026-03-05', 8.0), ('AC-RIGA-1', 'INITIAL_TRAINING', '2026-04-02', 6.0),
                      ('AC-KURZEME-1', 'SUPPORT_GROUPS', '2026-03-10', 4.0)) AS v(centre, service, day, hours)
        WHERE a.code = v.centre`);
    await hub.db.query(
      `INSERT INTO centre_activity_participant (activity_id, kind, count)
       SELECT id, 'FOSTER_FAMILY', 4 FROM centre_activity WHERE recorded_by_user_id = 'setup'`);
    const counts = await hub.gql(centre, COUNTS, { from: '2026-03-01', to: '2026-04-30' });
    expect(counts.errors).toEqual([]);
    expect(counts.data?.centreActivityCounts).toEqual([
      { month: '2026-03', serviceCode: 'INITIAL_TRAINING', activities: 1, hours: 8, participants: 4 },
      { month: '2026-03', serviceCode: 'SUPPORT_GROUPS', activities: 2, hours: 4.5, participants: 8 },
      { month: '2026-04', serviceCode: 'INITIAL_TRAINING', activities: 1, hours: 6, participants: 4 },
    ]);
    const month = TODAY.slice(0, 7);
    expect((await hub.gql(centre, COUNTS, { from: `${month}-01`, to: TODAY })).data?.centreActivityCounts).toEqual([
      { month, serviceCode: 'BIRTH_FAMILY_CONTACT', activities: 1, hours: 1.5, participants: 3 },
      { month, serviceCode: 'SUPPORT_GROUPS', activities: 1, hours: 3, participants: 6 },
    ]);
    // the list, paged, newest first; of one service
    const page = await hub.gql(centre, ACTIVITIES, { from: '2026-01-01', to: TODAY, first: 2 });
    expect(page.data?.centreActivities.totalCount).toBe(6);
    expect(page.data?.centreActivities.edges.map((e) => e.node.occurredOn)).toEqual([TODAY, TODAY]);
    const next = await hub.gql(centre, ACTIVITIES, { from: '2026-01-01', to: TODAY, first: 10, after: page.data?.centreActivities.pageInfo.endCursor });
    expect(next.data?.centreActivities.edges.map((e) => e.node.occurredOn)).toEqual(['2026-04-02', '2026-03-24', '2026-03-10', '2026-03-05']);
    const groups = await hub.gql(centre, ACTIVITIES, { from: '2026-01-01', to: TODAY, serviceCode: 'SUPPORT_GROUPS' });
    expect(groups.data?.centreActivities.totalCount).toBe(3);
    // the ministry gets aggregates only, never the list
    expect((await hub.gql(await hub.token('LM', UserRole.ANALYST), ACTIVITIES, { from: '2026-01-01', to: TODAY })).errors[0]?.extensions?.code)
      .toBe('FORBIDDEN');
  });

  it('keeps survey answers so that nothing stored, audited or logged ties an answer to who gave it', async () => {
    const opened = await hub.gql(centre, OPEN, { input: { year: YEAR, partnerKind: 'FOSTER_FAMILY' } });
    expect(opened.errors).toEqual([]);
    const surveyId = opened.data?.openPartnerSurvey.id as string;
    expect(opened.data?.openPartnerSurvey.questions.map((q) => q.code)).toEqual(FF);
    const issued = await hub.gql(centre, ISSUE, { surveyId, count: 3 });
    const tokens = issued.data?.issueSurveyTokens.tokens as string[];
    expect(tokens).toHaveLength(3);
    // the hub keeps hashes only
    const stored = JSON.stringify(await hub.db.query('SELECT encode(token_hash, \'hex\') AS h FROM survey_token'));
    for (const t of tokens) expect(stored).not.toContain(t);

    // a refused answer changes nothing and leaves the token usable
    const wrong = await answer({ token: tokens[0], answers: scores(5, 4, 6, 5) });
    expect(wrong).toMatchObject({ status: 400, body: { errors: [{ message: 'must be a whole number from 1 to 5',
      extensions: { code: 'BAD_USER_INPUT', field: 'answers.2.score' } }] } });
    const partial = await answer({ token: tokens[0], answers: scores(5, 4).slice(0, 2) });
    expect(partial.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'answers' } }] });

    // a respondent who is also a hub user: whatever the request carries, nothing of it is kept
    const courtUser = await hub.token('BT-RIGA', UserRole.CASE_WORKER, { userId: 'bt-riga-respondent-7' });
    const auditBefore = (await hub.db.query('SELECT max(id) AS id FROM audit_log'))[0].id;
    const logBefore = lines.length;
    const given = await answer({ token: tokens[0], answers: scores(5, 4, 3, 5) }, { authorization: `Bearer ${courtUser}` });
    expect(given).toMatchObject({ status: 200, body: { accepted: true } });
    const second = await answer({ token: tokens[1], answers: scores(4, 4, 4, 4) });
    expect(second.status).toBe(200);
    // one use each
    expect((await answer({ token: tokens[0], answers: scores(1, 1, 1, 1) })).body).toMatchObject({ errors: [{
      message: 'is not a valid response token (unknown, already used, or its survey is closed)', extensions: { code: 'BAD_USER_INPUT', field: 'token' } }] });

    // no audit row, no log line with the request's id or its caller
    expect(await hub.db.query('SELECT kind, operation FROM audit_log WHERE id > $1', [auditBefore])).toEqual([]);
    const logged = lines.slice(logBefore).join('');
    for (const needle of [given.requestId, second.requestId, 'bt-riga-respondent-7', 'BT-RIGA', tokens[0], tokens[1]]) {
      expect([needle, logged.includes(String(needle))]).toEqual([needle, false]);
    }
    // what is stored of the answers: counts per question and score, and the survey's number of responses
    expect(await hub.db.query(
      `SELECT question_code AS q, score, count FROM survey_tally WHERE survey_id = $1 ORDER BY 1, 2`, [surveyId])).toEqual([
      { q: 'FF_BEFORE_AFTER', score: 3, count: 1 }, { q: 'FF_BEFORE_AFTER', score: 4, count: 1 },
      { q: 'FF_PROFESSIONAL', score: 4, count: 2 },
      { q: 'FF_SERVICE_QUALITY', score: 4, count: 1 }, { q: 'FF_SERVICE_QUALITY', score: 5, count: 1 },
      { q: 'FF_SUFFICIENT', score: 4, count: 1 }, { q: 'FF_SUFFICIENT', score: 5, count: 1 },
    ]);
    expect(await hub.db.query('SELECT column_name AS c FROM information_schema.columns WHERE table_name = \'survey_tally\' ORDER BY 1'))
      .toEqual([{ c: 'count' }, { c: 'question_code' }, { c: 'score' }, { c: 'survey_id' }]);
    expect(await hub.db.query('SELECT count(*)::int AS n FROM survey_token WHERE survey_id = $1', [surveyId])).toEqual([{ n: 1 }]);
    // nowhere in the database is the respondent, its agency, the request or the token
    const [respondentAgency] = await hub.db.query(`SELECT id FROM agency WHERE code = 'BT-RIGA'`);
    const tables: { name: string }[] = await hub.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('agency', 'involvement', 'care_case', 'migrations') ORDER BY 1`);
    for (const { name } of tables) {
      const [{ text }] = await hub.db.query(`SELECT coalesce(string_agg(t::text, '|'), '') AS text FROM "${name}" t`);
      for (const needle of [given.requestId, 'bt-riga-respondent-7', tokens[0], respondentAgency.id]) {
        expect([name, needle, (text as string).includes(String(needle))]).toEqual([name, needle, false]);
      }
    }
    // the centre sees how many answered, no results while it is open
    expect((await hub.gql(centre, SURVEYS, { year: YEAR })).data?.partnerSurveys).toEqual([
      expect.objectContaining({ id: surveyId, tokensIssued: 3, responses: 2, closedAt: null })]);
    expect((await hub.gql(centre, EVALUATION, { centreCode: 'AC-RIGA-1', year: YEAR })).data?.centreEvaluation.surveys).toEqual([]);
    // closed: the unused token is void
    expect((await hub.gql(centre, CLOSE, { id: surveyId })).errors).toEqual([]);
    expect((await answer({ token: tokens[2], answers: scores(1, 1, 1, 1) })).status).toBe(400);
    expect((await hub.gql(centre, CLOSE, { id: surveyId })).errors[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('takes a token once when it is sent three times at once; a retried issue answers the same tokens; one survey a year and kind', async () => {
    const opened = await hub.gql(centre, OPEN, { input: { year: YEAR, partnerKind: 'GUARDIAN' } });
    const surveyId = opened.data?.openPartnerSurvey.id as string;
    const first = await hub.gql(centre, ISSUE_KEYED, { surveyId, count: 2, key: 'guardians-1' });
    const retried = await hub.gql(centre, ISSUE_KEYED, { surveyId, count: 2, key: 'guardians-1' });
    expect(retried.data?.issueSurveyTokens.tokens).toEqual(first.data?.issueSurveyTokens.tokens);
    expect(retried.data?.issueSurveyTokens.survey.tokensIssued).toBe(2);
    const [token] = first.data?.issueSurveyTokens.tokens ?? [];
    const given = ['GU_SERVICE_QUALITY', 'GU_PROFESSIONAL', 'GU_SUFFICIENT'].map((question) => ({ question, score: 4 }));
    const results = await Promise.all([1, 2, 3].map(() => answer({ token, answers: given })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
    expect(await hub.db.query('SELECT responses FROM partner_survey WHERE id = $1', [surveyId])).toEqual([{ responses: 1 }]);
    expect(await hub.db.query('SELECT sum(count)::int AS n FROM survey_tally WHERE survey_id = $1', [surveyId])).toEqual([{ n: 3 }]);
    const twice = await hub.gql(centre, OPEN, { input: { year: YEAR, partnerKind: 'GUARDIAN' } });
    expect(twice.errors[0]).toMatchObject({ message: `Your centre already has a survey of GUARDIAN for ${YEAR}`, extensions: { code: 'CONFLICT' } });
    // another centre's survey is as one that does not exist
    const other = await hub.gql(await hub.token('AC-KURZEME-1', UserRole.MANAGER), ISSUE, { surveyId, count: 1 });
    expect(other.errors[0]).toMatchObject({ message: 'Partner survey not found', extensions: { code: 'NOT_FOUND' } });
    expect((await hub.gql(await hub.token('AC-KURZEME-1'), SURVEYS, { year: YEAR })).data?.partnerSurveys).toEqual([]);
  });

  it('publishes survey results as the regional figures: small counts and their complements suppressed, means only when nothing is', async () => {
    const survey = async (partnerKind: 'ORPHAN_COURT' | 'FOSTER_FAMILY', answers: number[][]) => {
      const opened = await hub.gql(centre, OPEN, { input: { year: LAST_YEAR, partnerKind } });
      const id = opened.data?.openPartnerSurvey.id as string;
      const codes = opened.data?.openPartnerSurvey.questions.map((q) => q.code) as string[];
      const tokens = (await hub.gql(centre, ISSUE, { surveyId: id, count: answers.length })).data?.issueSurveyTokens.tokens as string[];
      for (const [i, given] of answers.entries()) {
        const res = await answer({ token: tokens[i], answers: codes.map((question, q) => ({ question, score: given[q] })) });
        expect(res.status).toBe(200);
      }
      await hub.gql(centre, CLOSE, { id });
    };
    // 9 foster families: everyone gives the first question 5; the second splits 6 × 4 and 3 × 5
    await survey('FOSTER_FAMILY', [...Array.from({ length: 6 }, () => [5, 4, 4, 5]), ...Array.from({ length: 3 }, () => [5, 5, 4, 5])]);
    // 3 orphan courts: too few to publish anything
    await survey('ORPHAN_COURT', [[5, 4, 3, 2], [4, 4, 4, 4], [5, 5, 5, 5]]);

    const res = await hub.gql(centre, EVALUATION, { centreCode: 'AC-RIGA-1', year: LAST_YEAR });
    expect(res.errors).toEqual([]);
    const [court, family] = res.data?.centreEvaluation.surveys ?? [];
    const shown = (cells: { value: number | null; suppressed: boolean }[]) => cells.map((c) => (c.suppressed ? 'x' : c.value));
    expect(family.partnerKind).toBe('FOSTER_FAMILY');
    expect(family.responses).toEqual({ value: 9, suppressed: false });
    expect(family.questions.map((q) => [q.question.code, shown(q.scores), q.meanScore])).toEqual([
      ['FF_SERVICE_QUALITY', [0, 0, 0, 0, 9], 5],
      // 3 is hidden, and a complement with it (the question's smallest count, here a zero): its total would give it back
      ['FF_PROFESSIONAL', ['x', 0, 0, 6, 'x'], null],
      ['FF_BEFORE_AFTER', [0, 0, 0, 9, 0], 4],
      ['FF_SUFFICIENT', [0, 0, 0, 0, 9], 5],
    ]);
    // no question has exactly one hidden count (its total is published)
    for (const q of family.questions) expect(q.scores.filter((c) => c.suppressed).length).not.toBe(1);
    expect(court.partnerKind).toBe('ORPHAN_COURT');
    expect(court.responses).toEqual({ value: null, suppressed: true });
    for (const q of court.questions) {
      expect(q.meanScore).toBeNull();
      expect(q.scores.every((c) => c.value === 0 || c.suppressed)).toBe(true);
    }
    // the indicators of the year: every service, zeros included
    const indicators = res.data?.centreEvaluation.indicators ?? [];
    expect(indicators).toHaveLength(14);
    expect(indicators.every((i) => i.activities === 0)).toBe(true);
    const thisYear = await hub.gql(centre, EVALUATION, { centreCode: 'AC-RIGA-1', year: YEAR });
    expect(thisYear.data?.centreEvaluation.indicators.find((i) => i.service.code === 'SUPPORT_GROUPS')).toEqual({
      service: { code: 'SUPPORT_GROUPS' }, activities: 3, hours: 7.5, participants: 14,
      participantsByKind: [{ kind: 'FOSTER_FAMILY', count: 14 }], activeMonths: 2 });
  });

  it.each([
    ['the centre itself', 'AC-RIGA-1', UserRole.CASE_WORKER, 'AC-RIGA-1', null],
    ["the centre's manager", 'AC-RIGA-1', UserRole.MANAGER, 'AC-RIGA-1', null],
    ["the centre's analyst", 'AC-RIGA-1', UserRole.ANALYST, 'AC-RIGA-1', null],
    ['the ministry', 'LM', UserRole.ANALYST, 'AC-RIGA-1', null],
    ['the inspectorate', 'VBTAI', UserRole.ANALYST, 'AC-RIGA-1', null],
    ["the centre's planning region", 'PR-RIGA', UserRole.ANALYST, 'AC-RIGA-1', null],
    ['another planning region', 'PR-KURZEME', UserRole.ANALYST, 'AC-RIGA-1', 'FORBIDDEN'],
    ['another centre', 'AC-KURZEME-1', UserRole.CASE_WORKER, 'AC-RIGA-1', 'FORBIDDEN'],
    ["a municipality's analyst", 'SD-RIGA', UserRole.ANALYST, 'AC-RIGA-1', 'FORBIDDEN'],
    ['a social service', 'SD-RIGA', UserRole.CASE_WORKER, 'AC-RIGA-1', 'FORBIDDEN'],
    ['an orphan court', 'BT-RIGA', UserRole.MANAGER, 'AC-RIGA-1', 'FORBIDDEN'],
    ['an inspector (supervision reaches no aggregates)', 'VBTAI', UserRole.INSPECTOR, 'AC-RIGA-1', 'FORBIDDEN'],
    ["the ministry's administrator", 'LM', UserRole.ADMIN, 'AC-RIGA-1', 'FORBIDDEN'],
    ['a data protection officer', 'SD-RIGA', UserRole.DPO, 'AC-RIGA-1', 'FORBIDDEN'],
    ['the ministry, about an agency that is no centre', 'LM', UserRole.ANALYST, 'SD-RIGA', 'BAD_USER_INPUT'],
  ] as const)('the yearly evaluation: %s (%s %s) asking for %s → %s', async (_who, agency, role, centreCode, refused) => {
    const res = await hub.gql(await hub.token(agency, role), EVALUATION, { centreCode, year: YEAR });
    expect(res.errors[0]?.extensions?.code ?? null).toBe(refused);
    if (!refused) expect(res.data?.centreEvaluation.centre.code).toBe(centreCode);
  });

  it('audits every reading of an evaluation as an aggregate', async () => {
    const before = (await hub.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE kind = 'AGGREGATE' AND operation = 'centreEvaluation'`))[0].n;
    await hub.gql(await hub.token('LM', UserRole.ANALYST), EVALUATION, { centreCode: 'AC-RIGA-1', year: YEAR });
    expect(await hub.db.query(`SELECT entity, categories FROM audit_log WHERE kind = 'AGGREGATE' AND operation = 'centreEvaluation' ORDER BY id OFFSET $1`,
      [before])).toEqual([{ entity: `CENTRE:AC-RIGA-1:${YEAR}`, categories: ['centreEvaluation'] }]);
  });
});

/**
 * POST /surveys/answers without a caller to count: refused tokens are counted per address (in
 * PostgreSQL), and past the limit every answer from the address waits for the window to end. A short
 * window (4 s) stands in for the hour.
 */
describe('survey tokens cannot be guessed one after another', () => {
  const LIMITS = { failures: 3, windowSeconds: 4 };
  let hub: TestHub;
  beforeAll(async () => { hub = await startHub({ app: { surveyAnswerLimits: LIMITS } }); });
  afterAll(async () => { await hub.close(); });

  const post = async (body: unknown) => {
    const res = await fetch(`${hub.url}/surveys/answers`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() as Record<string, unknown> };
  };
  const counted = async () => (await hub.db.query(`SELECT count(*)::int AS n FROM rate_limit WHERE key LIKE 'survey-token-refused%'`))[0].n;
  const guess = (i: number) => `guessed${String(i).padStart(25, '0')}`;

  it('refuses every answer from an address after its third refused token until the window ends; an answer given is not counted', async () => {
    const centre = await hub.token('AC-RIGA-1', UserRole.CASE_WORKER);
    const surveyId = (await hub.gql(centre, OPEN, { input: { year: YEAR, partnerKind: 'GUARDIAN' } })).data?.openPartnerSurvey.id as string;
    const tokens = (await hub.gql(centre, ISSUE, { surveyId, count: 2 })).data?.issueSurveyTokens.tokens as string[];
    const given = ['GU_SERVICE_QUALITY', 'GU_PROFESSIONAL', 'GU_SUFFICIENT'].map((question) => ({ question, score: 4 }));

    // an accepted answer leaves no trace in the counts, nor does a refused answer given with a valid token
    expect((await post({ token: tokens[0], answers: given })).status).toBe(200);
    expect((await post({ token: tokens[1], answers: given.slice(1) })).status).toBe(400);
    expect(await counted()).toBe(0);

    // three guesses are refused as any unknown token; the fourth request, even with a valid token, waits
    for (const i of [1, 2, 3]) {
      expect((await post({ token: guess(i), answers: given })).body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'token' } }] });
    }
    for (const token of [guess(4), tokens[1]]) {
      const refused = await post({ token, answers: given });
      expect(refused).toMatchObject({ status: 429, body: { errors: [{ message: expect.stringMatching(/^Too many refused response tokens/),
        extensions: { code: 'RATE_LIMITED' } }] } });
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(LIMITS.windowSeconds);
    }
    // the address is kept as a digest only, and the waiting respondent's token is still there
    expect(JSON.stringify(await hub.db.query('SELECT key FROM rate_limit'))).not.toContain('127.0.0.1');
    expect(await hub.db.query('SELECT responses FROM partner_survey WHERE id = $1', [surveyId])).toEqual([{ responses: 1 }]);
    expect(await hub.db.query('SELECT count(*)::int AS n FROM survey_token WHERE survey_id = $1', [surveyId])).toEqual([{ n: 1 }]);

    // after the window the valid token is taken
    await new Promise((resolve) => setTimeout(resolve, LIMITS.windowSeconds * 1000 + 200));
    expect(await post({ token: tokens[1], answers: given })).toMatchObject({ status: 200, body: { accepted: true } });
    expect(await hub.db.query('SELECT responses FROM partner_survey WHERE id = $1', [surveyId])).toEqual([{ responses: 2 }]);
  });
});

/**
 * Behind a load balancer (TRUST_PROXY), refused tokens are counted per forwarded address: one guesser
 * does not lock out every respondent behind the same balancer. A forwarded address from a client that
 * is not a trusted proxy is ignored: a guesser cannot escape its count by writing another one.
 */
describe('survey token refusals behind a load balancer', () => {
  const LIMITS = { failures: 2, windowSeconds: 60 };
  const answers = [{ question: 'GU_SERVICE_QUALITY', score: 4 }];
  const post = (hub: TestHub, from: string) => fetch(`${hub.url}/surveys/answers`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ token: `guessed${'0'.repeat(25)}`, answers }),
  }).then((res) => res.status);

  it('counts each forwarded address apart when the request comes through a trusted proxy', async () => {
    const hub = await startHub({ app: { surveyAnswerLimits: LIMITS, trustProxy: ['127.0.0.1', '::1'] } });
    try {
      expect([await post(hub, '198.51.100.7'), await post(hub, '198.51.100.7'), await post(hub, '198.51.100.7')]).toEqual([400, 400, 429]);
      // another respondent behind the same balancer is not held up
      expect(await post(hub, '203.0.113.9')).toBe(400);
    } finally {
      await hub.close();
    }
  });

  it('ignores a forwarded address from a client that is not a trusted proxy', async () => {
    const hub = await startHub({ app: { surveyAnswerLimits: LIMITS } });
    try {
      expect([await post(hub, '198.51.100.7'), await post(hub, '198.51.100.8'), await post(hub, '198.51.100.9')]).toEqual([400, 400, 429]);
    } finally {
      await hub.close();
    }
  });
});
