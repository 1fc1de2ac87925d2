/**
 * Scenario E, the raw-SQL floor of scenario B: a minimal `node:http` server that answers the same
 * POST /graphql (the FULL_PAGE document of scripts/queries.ts) with ONE hand-written SQL statement
 * that builds the whole JSON answer in PostgreSQL: the same token check (jose, HS256, `exp`
 * required, the same lifetime rules), the agency lookup, the same row scoping (active involvements),
 * the same order and `totalCount`, the latest assessment, the current plan, the last 5 follow-ups
 * of the categories the caller may read, and every field the policy withholds as null with one
 * FORBIDDEN error at its path. What the hub does besides (audit, rules per field, GraphQL) is what
 * the B/E ratio measures. `npm run bench` starts it as its own child process, so its CPU is
 * measured as the hub's is, and checks its answers against the hub's (`--verify`).
 *
 * Environment: FLOOR_DATABASE_URL (the serving role), JWT_SECRET, PORT (0: any; the port is
 * printed as `listening <port>` on stdout).
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { DocumentNode, FieldNode, Kind, parse, SelectionSetNode } from 'graphql';
import { errors as joseErrors, JWTPayload, jwtVerify } from 'jose';
import { Pool } from 'pg';
import { Category } from '../../src/kernel/categories';
import { AgencyKind, InvolvementRole } from '../../src/kernel/principal';
import { MATRIX, ROLE_AGENCY_KINDS } from '../../src/access/policy';
import { FULL_PAGE } from '../queries';

/** User roles that act through their agency's involvements (README: the others reach no case data). */
const CASE_HANDLING = new Set(['CASE_WORKER', 'SPECIALIST', 'MANAGER']);
const MAX_PAGE = 100;
const MAX_TTL_SECONDS = 12 * 3600;
const CLOCK_SKEW_SECONDS = 60;
const MAX_BODY_BYTES = 1_000_000;

/** Every (role in a case, category) pair the policy table lets a case-handling user read. */
function readablePairs(): [string[], string[]] {
  const roles: string[] = [];
  const categories: string[] = [];
  for (const [category, rights] of Object.entries(MATRIX)) {
    for (const [role, right] of Object.entries(rights)) {
      if (right !== '-') {
        roles.push(role);
        categories.push(category);
      }
    }
  }
  return [roles, categories];
}

/** Kinds of agency whose every possible role reads every category: they see a case's every change (its `updated_at`). */
function kindsSeeingEveryChange(): string[] {
  const all = Object.values(Category);
  const readsAll = (role: string) => all.every((c) => MATRIX[c][role as InvolvementRole] !== '-');
  return Object.values(AgencyKind).filter((kind) => {
    const roles = Object.entries(ROLE_AGENCY_KINDS).filter(([, kinds]) => kinds.includes(kind)).map(([role]) => role);
    return roles.length > 0 && roles.every(readsAll);
  });
}

/** `{line, column}` of every field of the document by its response path (`cases.edges.node.client.personalCode`). */
function fieldLocations(document: DocumentNode): Map<string, { line: number; column: number }> {
  const out = new Map<string, { line: number; column: number }>();
  const lines = FULL_PAGE.split('\n');
  const position = (offset: number) => {
    let rest = offset;
    for (let i = 0; i < lines.length; i += 1) {
      if (rest <= lines[i].length) return { line: i + 1, column: rest + 1 };
      rest -= lines[i].length + 1;
    }
    throw new Error('offset outside the document');
  };
  const walk = (set: SelectionSetNode | undefined, prefix: string) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) continue;
      const field = selection as FieldNode;
      const path = prefix ? `${prefix}.${field.name.value}` : field.name.value;
      out.set(path, position(field.loc?.start ?? 0));
      walk(field.selectionSet, path);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) walk(definition.selectionSet, '');
  }
  return out;
}

const LOCATIONS = fieldLocations(parse(FULL_PAGE));

/**
 * A withheld field: null in `data` (written where the field is) and this error, when `readable`
 * (a boolean column of `k`) is false and its parent object is present (`parentPresent`).
 */
function withheld(readable: string, category: Category, typeField: string, path: string[], parentPresent = 'true'): string {
  const location = LOCATIONS.get(['cases', 'edges', 'node', ...path].join('.'));
  if (!location) throw new Error(`no ${path.join('.')} in FULL_PAGE`);
  const message = `Your agency''s role in this case may not read ${category} data (${typeField})`;
  return `CASE WHEN NOT k.${readable} AND ${parentPresent} THEN json_build_object('message', '${message}',
      'locations', json_build_array(json_build_object('line', ${location.line}, 'column', ${location.column})),
      'path', json_build_array('cases', 'edges', k.ord - 1, 'node', ${path.map((s) => `'${s}'`).join(', ')}),
      'extensions', json_build_object('code', 'FORBIDDEN')) END`;
}

const ACTIVE = (i: string) => `${i}.ended_at IS NULL AND ${i}.valid_from <= now() AND (${i}.valid_until IS NULL OR ${i}.valid_until > now())`;
const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * $1 the caller's agency id, $2 first, $3/$4 the readable (role, category) pairs, $5 whether the
 * agency sees every change of its cases.
 */
export const STATEMENT = `
WITH readable AS (
  SELECT * FROM unnest($3::text[], $4::text[]) AS r(role, category)
), page AS (
  -- newest visible change first: an agency that reads every category sees the case's updated_at (indexed),
  -- another the latest change of a category it reads, kept on each involvement (visible_change_at, indexed):
  -- a case is its involvement with the latest one
  SELECT row_number() OVER (ORDER BY q.vis DESC, q.id DESC) AS ord, q.id FROM (
    (SELECT c.id, c.updated_at AS vis FROM care_case c
      WHERE $5::boolean
        AND EXISTS (SELECT 1 FROM involvement i WHERE i.case_id = c.id AND i.agency_id = $1::uuid AND ${ACTIVE('i')})
      ORDER BY c.updated_at DESC, c.id DESC LIMIT $2)
    UNION ALL
    (SELECT i.case_id, i.visible_change_at AS vis FROM involvement i
      WHERE NOT $5::boolean AND i.agency_id = $1::uuid AND ${ACTIVE('i')} AND i.visible_change_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM involvement j WHERE j.case_id = i.case_id AND j.agency_id = $1::uuid AND ${ACTIVE('j')}
                          AND (j.visible_change_at > i.visible_change_at OR (j.visible_change_at = i.visible_change_at AND j.id < i.id)))
      ORDER BY 2 DESC, 1 DESC LIMIT $2)) q
), paged AS MATERIALIZED (
  -- the categories the caller reads in each case of the page, from its roles there
  SELECT p.ord, p.id, ARRAY(SELECT DISTINCT rd.category FROM readable rd
                             WHERE rd.role IN (SELECT i.role FROM involvement i
                                                WHERE i.case_id = p.id AND i.agency_id = $1::uuid AND ${ACTIVE('i')})) AS cats
    FROM page p
), scoped AS (
  SELECT k.*, 'CASE' = ANY(cats) AS r_case, 'IDENTITY' = ANY(cats) AS r_identity, 'IDENTIFIER' = ANY(cats) AS r_identifier,
         'ASSESSMENT' = ANY(cats) AS r_assessment, 'PLAN' = ANY(cats) AS r_plan, 'FOLLOW_UP' = ANY(cats) AS r_follow_up
    FROM paged k
), nodes AS (
  SELECT k.ord,
    json_build_object(
      'id', c.id,
      'status', CASE WHEN k.r_case THEN c.status END,
      'targetGroup', CASE WHEN k.r_case THEN c.target_group END,
      'openedOn', CASE WHEN k.r_case THEN c.opened_on END,
      'client', CASE WHEN k.r_identity THEN (
          SELECT json_build_object('givenName', cl.given_name, 'familyName', cl.family_name, 'birthDate', cl.birth_date,
                                   'personalCode', CASE WHEN k.r_identifier THEN cl.personal_code END)
            FROM client cl WHERE cl.id = c.client_id) END,
      'involvements', CASE WHEN k.r_case THEN COALESCE((
          SELECT json_agg(json_build_object('role', i.role, 'active', ${ACTIVE('i')}, 'validFrom', ${ISO('i.valid_from')},
                                            'agency', json_build_object('code', a.code, 'name', a.name)) ORDER BY i.valid_from, i.id)
            FROM involvement i JOIN agency a ON a.id = i.agency_id WHERE i.case_id = c.id), '[]') END,
      'latestAssessment', CASE WHEN k.r_assessment THEN (
          SELECT json_build_object('type', x.type, 'assessedOn', x.assessed_on, 'needsSummary', x.needs_summary,
                                   'authorAgency', json_build_object('code', ag.code))
            FROM assessment x JOIN agency ag ON ag.id = x.author_agency_id WHERE x.case_id = c.id
           ORDER BY x.assessed_on DESC, x.created_at DESC, x.id DESC LIMIT 1) END,
      'currentPlan', CASE WHEN k.r_plan THEN (
          SELECT json_build_object('version', sp.version, 'status', sp.status, 'reviewDueOn', sp.review_due_on,
            'goals', COALESCE((SELECT json_agg(json_build_object('description', g.description) ORDER BY g.position)
                                 FROM plan_goal g WHERE g.plan_id = sp.id), '[]'),
            'tasks', COALESCE((SELECT json_agg(json_build_object('description', t.description, 'deadline', t.deadline) ORDER BY t.position)
                                 FROM plan_task t WHERE t.plan_id = sp.id), '[]'),
            'services', COALESCE((SELECT json_agg(json_build_object('serviceType', s.service_type, 'volume', s.volume::float8) ORDER BY s.position)
                                    FROM plan_service s WHERE s.plan_id = sp.id), '[]'))
            FROM support_plan sp WHERE sp.case_id = c.id AND sp.status <> 'SUPERSEDED'
           ORDER BY sp.status = 'ACTIVE' DESC, sp.version DESC LIMIT 1) END,
      'followUps', CASE WHEN k.r_follow_up THEN json_build_object('edges', COALESCE((
          SELECT json_agg(json_build_object('node', json_build_object('kind', f.kind, 'occurredOn', f.occurred_on,
                                                                      'summary', f.summary, 'category', f.category))
                          ORDER BY f.occurred_on DESC, f.id DESC)
            FROM (SELECT * FROM follow_up f WHERE f.case_id = c.id AND f.category = ANY(k.cats)
                   ORDER BY f.occurred_on DESC, f.id DESC LIMIT 5) f), '[]')) END
    ) AS node,
    (SELECT json_agg(e) FROM (VALUES
      (${withheld('r_case', Category.CASE, 'Case.status', ['status'])}),
      (${withheld('r_case', Category.CASE, 'Case.targetGroup', ['targetGroup'])}),
      (${withheld('r_case', Category.CASE, 'Case.openedOn', ['openedOn'])}),
      (${withheld('r_identity', Category.IDENTITY, 'Case.client', ['client'])}),
      (${withheld('r_identifier', Category.IDENTIFIER, 'Client.personalCode', ['client', 'personalCode'], 'k.r_identity')}),
      (${withheld('r_case', Category.CASE, 'Case.involvements', ['involvements'])}),
      (${withheld('r_assessment', Category.ASSESSMENT, 'Case.latestAssessment', ['latestAssessment'])}),
      (${withheld('r_plan', Category.PLAN, 'Case.currentPlan', ['currentPlan'])}),
      (${withheld('r_follow_up', Category.FOLLOW_UP, 'Case.followUps', ['followUps'])})
    ) AS v(e) WHERE e IS NOT NULL) AS errors
  FROM scoped k JOIN care_case c ON c.id = k.id
)
SELECT concat('{',
    (SELECT '"errors":' || json_agg(x.e ORDER BY n.ord, x.i)::text || ',' FROM nodes n, json_array_elements(n.errors) WITH ORDINALITY AS x(e, i)),
    '"data":', json_build_object('cases', json_build_object(
      'totalCount', (SELECT count(*) FROM (SELECT i.case_id FROM involvement i
                                            WHERE i.agency_id = $1::uuid AND ${ACTIVE('i')} GROUP BY i.case_id) counted),
      'edges', COALESCE((SELECT json_agg(json_build_object('node', n.node) ORDER BY n.ord) FROM nodes n), '[]')))::text,
    '}') AS body`;

interface Claims { agency: string; role: string }

class Unauthenticated extends Error {}

/** The hub's token rules: HS256 with the shared secret, `exp` required, issued now or before, living at most 12 h. */
async function verifyToken(header: string | undefined, key: Uint8Array): Promise<Claims> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new Unauthenticated('A bearer token is required');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(match[1], key, { algorithms: ['HS256'], requiredClaims: ['exp'], clockTolerance: CLOCK_SKEW_SECONDS }));
  } catch (error) {
    throw new Unauthenticated(error instanceof joseErrors.JWTExpired ? 'The bearer token is not valid: token expired'
      : 'The bearer token is not valid: token invalid');
  }
  const now = Math.floor(Date.now() / 1000);
  const { iat, exp, sub, agency, role } = payload as JWTPayload & Record<string, unknown>;
  if (iat !== undefined && (typeof iat !== 'number' || iat > now + CLOCK_SKEW_SECONDS)) throw new Unauthenticated('token issued in the future');
  if ((exp as number) - Math.min(iat ?? now, now) > MAX_TTL_SECONDS + CLOCK_SKEW_SECONDS) throw new Unauthenticated('token lives too long');
  if (typeof sub !== 'string' || !sub || typeof agency !== 'string' || !agency || typeof role !== 'string') {
    throw new Unauthenticated('token lacks sub, agency or role');
  }
  return { agency, role };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const PAIRS = readablePairs();
const SEES_EVERY_CHANGE = new Set(kindsSeeingEveryChange());

/** The statement's parameters for an agency and a page size. */
export function statementParams(agency: { id: string; kind: string }, first: number): unknown[] {
  return [agency.id, first, PAIRS[0], PAIRS[1], SEES_EVERY_CHANGE.has(agency.kind)];
}

const AGENCY_TTL_MS = 60_000;

export async function startFloor(options: { databaseUrl: string; secret: string; port: number }): Promise<{ port: number; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: 10, application_name: 'casehub-floor' });
  const key = new TextEncoder().encode(options.secret);
  const send = (res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...extra });
    res.end(body);
  };
  const error = (message: string, code: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

  // the register lookup of token verification, cached briefly (a changed register shows within a minute)
  const agencies = new Map<string, { at: number; agency: { id: string; kind: string } | null }>();
  async function agencyOf(code: string, statements: { n: number }): Promise<{ id: string; kind: string } | null> {
    const cached = agencies.get(code);
    if (cached && Date.now() - cached.at < AGENCY_TTL_MS) return cached.agency;
    const { rows } = await pool.query<{ id: string; kind: string }>('SELECT id, kind FROM agency WHERE code = $1', [code]);
    statements.n += 1;
    agencies.set(code, { at: Date.now(), agency: rows[0] ?? null });
    return rows[0] ?? null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.url === '/healthz') return send(res, 200, '{"status":"ok"}');
    if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, '{"error":"Not found"}');
    let claims: Claims;
    try {
      claims = await verifyToken(req.headers.authorization, key);
    } catch (e) {
      if (e instanceof Unauthenticated) return send(res, 401, error(e.message, 'UNAUTHENTICATED'), { 'www-authenticate': 'Bearer' });
      throw e;
    }
    const request = JSON.parse(await readBody(req)) as { query?: string; variables?: { first?: unknown } };
    if (request.query !== FULL_PAGE) return send(res, 400, error('The floor answers the FULL_PAGE document only', 'BAD_REQUEST'));
    const first = request.variables?.first ?? 20;
    if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
      return send(res, 400, error(`first must be from 0 to ${MAX_PAGE}`, 'BAD_USER_INPUT'));
    }
    const statements = { n: 0 };
    const agency = await agencyOf(claims.agency, statements);
    if (!agency) return send(res, 401, error('The token names an agency the hub does not know', 'UNAUTHENTICATED'));
    if (!CASE_HANDLING.has(claims.role)) {
      return send(res, 200, JSON.stringify({ errors: [{ message: `The role ${claims.role} has no access to case data`,
        locations: [LOCATIONS.get('cases')], path: ['cases'], extensions: { code: 'FORBIDDEN' } }], data: null }));
    }
    const { rows } = await pool.query<{ body: string }>(STATEMENT, statementParams(agency, first));
    statements.n += 1;
    send(res, 200, rows[0].body, { 'x-sql-statements': String(statements.n) });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      process.stderr.write(`floor: ${e instanceof Error ? e.message : String(e)}\n`);
      if (!res.headersSent) send(res, 500, error('Internal error', 'INTERNAL_SERVER_ERROR'));
    });
  });
  server.keepAliveTimeout = 72_000;
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      await new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
      await pool.end();
    },
  };
}

/** As a child process of the bench. */
if (require.main === module) {
  const { FLOOR_DATABASE_URL, JWT_SECRET, PORT } = process.env;
  if (!FLOOR_DATABASE_URL || !JWT_SECRET) {
    process.stderr.write('floor: FLOOR_DATABASE_URL and JWT_SECRET are required\n');
    process.exit(2);
  }
  startFloor({ databaseUrl: FLOOR_DATABASE_URL, secret: JWT_SECRET, port: Number(PORT ?? 0) }).then((floor) => {
    process.stdout.write(`listening ${floor.port}\n`);
    const stop = () => void floor.close().finally(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  }, (e: unknown) => {
    process.stderr.write(`floor failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
