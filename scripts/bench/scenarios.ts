/**
 * The scenarios of `npm run bench`: what each request sends (a new body and token per request, so
 * the load rotates over cases and agencies) and what counts as a failed answer.
 */
import { Client } from 'pg';
import { signDevToken } from '../../src/app/auth/dev-token';
import { UserRole } from '../../src/kernel/principal';
import { ADD_FOLLOW_UP, DUE_PAGE, FULL_CASE, FULL_PAGE, REGIONAL_SUMMARY } from '../queries';

/** Which server a scenario drives: the hub, the raw-SQL floor, or the hub without its permission layer. */
export type Target = 'hub' | 'floor' | 'bare';

/** Why an answer failed, or null: a non-200 status, no data where the scenario expects it, or an error other than FORBIDDEN. */
export type Check = (status: number, body: string) => string | null;

export interface Request {
  headers: Record<string, string>;
  body: string;
  /** Judges the answer to this request. */
  check: Check;
}

export interface Load {
  next(): Request;
  /** Judges an answer whose request is not known (the first one a connection sends): any request's check. */
  check: Check;
}

export interface Scenario {
  name: string;
  title: string;
  target: Target;
  /** Part of the default set (`--scenario` not given). */
  byDefault: boolean;
  /** Writes data (run after the read scenarios). */
  writes?: boolean;
  /** A report over all cases: measured on the --report-cases database when the run has one. */
  report?: boolean;
  /** The hub scenario whose answers this floor scenario reproduces (ratios, verification). */
  floorOf?: string;
  load(ctx: ScenarioContext): Promise<Load>;
}

export interface ScenarioContext {
  secret: string;
  owner: Client;
  /** Distinguishes this run's idempotency keys from earlier runs'. */
  runId: string;
}

/** Error codes in an answer: the `code` of each error's `extensions` (data never holds an `extensions` key). */
const ERROR_CODE = /"extensions"\s*:\s*\{[^{}]*?"code"\s*:\s*"([A-Z_]+)"/g;

/** Cheap on a 100 kB answer (no JSON.parse in the load generator): `data.<field>` present, only FORBIDDEN errors. */
export function expectData(field: string): Check {
  const present = new RegExp(`"data"\\s*:\\s*\\{\\s*"${field}"\\s*:\\s*[[{]`);
  return (status, body) => {
    if (status !== 200) return `HTTP ${status}`;
    if (!present.test(body)) return `no data.${field}`;
    for (const match of body.matchAll(ERROR_CODE)) {
      if (match[1] !== 'FORBIDDEN') return `error ${match[1]}`;
    }
    return null;
  };
}

/** How many FORBIDDEN errors an answer carries (what the policy withheld). */
export function forbiddenCount(body: string): number {
  let n = 0;
  for (const match of body.matchAll(ERROR_CODE)) if (match[1] === 'FORBIDDEN') n += 1;
  return n;
}

export async function tokenFor(ctx: ScenarioContext, agencyCode: string, role: UserRole): Promise<string> {
  return signDevToken({ secret: ctx.secret, agencyCode, role, expiresIn: '8h' });
}

function rotate<T>(items: T[]): () => T {
  if (items.length === 0) throw new Error('nothing to rotate over');
  let i = 0;
  return () => items[i++ % items.length];
}

const json = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

/** The support centres of the register (kind SUPPORT_CENTRE), by code. */
export async function supportCentres(owner: Client): Promise<string[]> {
  const { rows } = await owner.query(`SELECT code FROM agency WHERE kind = 'SUPPORT_CENTRE' ORDER BY code`);
  return rows.map((r: { code: string }) => r.code);
}

/** Up to `limit` cases an agency reaches now (optionally only open ones), spread over its cases. */
async function casesOf(owner: Client, agencyCode: string, limit: number, openOnly = false): Promise<string[]> {
  const { rows } = await owner.query(
    `SELECT c.id FROM care_case c
      WHERE EXISTS (SELECT 1 FROM involvement i JOIN agency a ON a.id = i.agency_id
                     WHERE i.case_id = c.id AND a.code = $1 AND i.ended_at IS NULL AND i.valid_from <= now()
                       AND (i.valid_until IS NULL OR i.valid_until > now()))
        AND ($3::boolean IS FALSE OR c.status <> 'CLOSED')
      ORDER BY md5(c.id::text) LIMIT $2`, [agencyCode, limit, openOnly]);
  if (rows.length === 0) throw new Error(`${agencyCode} reaches no case: seed the bench database first`);
  return rows.map((r: { id: string }) => r.id);
}

/** The cases list of FULL_PAGE, the token rotating over `agencies`. */
async function listLoad(ctx: ScenarioContext, agencies: string[]): Promise<Load> {
  const tokens = await Promise.all(agencies.map((code) => tokenFor(ctx, code, UserRole.CASE_WORKER)));
  const token = rotate(tokens);
  const body = JSON.stringify({ query: FULL_PAGE, variables: { first: 50 } });
  const check = expectData('cases');
  return { next: () => ({ headers: json(token()), body, check }), check };
}

/** The day before today in Riga (a follow-up may not be in the future, whichever side of midnight). */
function yesterday(): string {
  const riga = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' });
  return riga.format(new Date(Date.now() - 86_400_000));
}

function currentPeriod(): { from: string; to: string } {
  const riga = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = riga.format(new Date());
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The last full calendar month (answered from the source tables, not the rollups). */
function pastMonth(): { from: string; to: string } {
  const riga = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' });
  const [y, m] = riga.format(new Date()).split('-').map(Number);
  const year = m === 1 ? y - 1 : y;
  const month = m === 1 ? 12 : m - 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${last}` };
}

async function summaryLoad(ctx: ScenarioContext, period: { from: string; to: string }): Promise<Load> {
  const token = await tokenFor(ctx, 'LM', UserRole.ANALYST);
  const body = JSON.stringify({ query: REGIONAL_SUMMARY, variables: { period } });
  const check = expectData('regionalSummary');
  return { next: () => ({ headers: json(token), body, check }), check };
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'A', title: 'case(id), full shape, SD-RIGA case worker, rotating over its cases', target: 'hub', byDefault: true,
    async load(ctx) {
      const token = await tokenFor(ctx, 'SD-RIGA', UserRole.CASE_WORKER);
      const id = rotate(await casesOf(ctx.owner, 'SD-RIGA', 5000));
      const check = expectData('case');
      return { next: () => ({ headers: json(token), body: JSON.stringify({ query: FULL_CASE, variables: { id: id() } }), check }), check };
    },
  },
  {
    name: 'B', title: 'cases(first: 50), full shape, the 9 support centres rotating (FORBIDDEN expected)', target: 'hub', byDefault: true,
    load: async (ctx) => listLoad(ctx, await supportCentres(ctx.owner)),
  },
  {
    name: 'B0', title: 'B on the hub without its permission layer (shield rules and audit off): what the layer costs', target: 'bare',
    byDefault: false,
    load: async (ctx) => listLoad(ctx, await supportCentres(ctx.owner)),
  },
  {
    name: 'B2', title: 'cases(first: 50), full shape, SD-RIGA case worker', target: 'hub', byDefault: true,
    load: (ctx) => listLoad(ctx, ['SD-RIGA']),
  },
  {
    name: 'C', title: 'addFollowUp, SD-RIGA case worker on its open cases, a new idempotency key each', target: 'hub', byDefault: true,
    writes: true,
    async load(ctx) {
      const token = await tokenFor(ctx, 'SD-RIGA', UserRole.CASE_WORKER);
      const id = rotate(await casesOf(ctx.owner, 'SD-RIGA', 5000, true));
      const occurredOn = yesterday();
      const check = expectData('addFollowUp');
      let n = 0;
      return {
        next: () => {
          n += 1;
          return { headers: json(token), check, body: JSON.stringify({ query: ADD_FOLLOW_UP, variables: {
            input: { caseId: id(), kind: 'HOME_VISIT', occurredOn, summary: 'Mājas vizīte (bench)' }, key: `bench-${ctx.runId}-${n}` } }) };
        },
        check,
      };
    },
  },
  {
    name: 'D', title: 'dueItems(first: 50), SD-RIGA case worker', target: 'hub', byDefault: true,
    async load(ctx) {
      const token = await tokenFor(ctx, 'SD-RIGA', UserRole.CASE_WORKER);
      const body = JSON.stringify({ query: DUE_PAGE, variables: { first: 50 } });
      const check = expectData('dueItems');
      return { next: () => ({ headers: json(token), body, check }), check };
    },
  },
  {
    name: 'E', title: 'the raw-SQL floor of B: one statement builds the same answer', target: 'floor', byDefault: true, floorOf: 'B',
    load: async (ctx) => listLoad(ctx, await supportCentres(ctx.owner)),
  },
  {
    name: 'E2', title: 'the raw-SQL floor of B2 (SD-RIGA)', target: 'floor', byDefault: true, floorOf: 'B2',
    load: (ctx) => listLoad(ctx, ['SD-RIGA']),
  },
  {
    name: 'F', title: 'regionalSummary, all of Latvia by municipality, this year to today (rollups), LM analyst', target: 'hub',
    byDefault: true, report: true,
    load: (ctx) => summaryLoad(ctx, currentPeriod()),
  },
  {
    name: 'F2', title: 'regionalSummary, all of Latvia by municipality, the last full month (month-end snapshots), LM analyst',
    target: 'hub', byDefault: false, report: true,
    load: (ctx) => summaryLoad(ctx, pastMonth()),
  },
];

/** The soak's mix: A, B, C and D in turn. */
export async function soakLoad(ctx: ScenarioContext): Promise<Load> {
  // one after another: each reads its cases through the one owner connection (pg queues queries sent at once, and warns)
  const loads: Load[] = [];
  for (const name of ['A', 'B', 'C', 'D']) loads.push(await SCENARIOS.find((s) => s.name === name)!.load(ctx));
  const next = rotate(loads);
  return {
    next: () => next().next(),
    check: (status, body) => {
      const reasons = loads.map((l) => l.check(status, body));
      return reasons.includes(null) ? null : reasons[0];
    },
  };
}
