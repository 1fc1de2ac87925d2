/**
 * Keeps the floor honest: the floor's answer to the FULL_PAGE list must be the hub's answer, for
 * agencies of every kind that handles cases: the same data (lists in the same order) and the same
 * errors (path and code; GraphQL leaves their order open).
 */
import { Client } from 'pg';
import { UserRole } from '../../src/kernel/principal';
import { FULL_PAGE } from '../queries';
import { ScenarioContext, supportCentres, tokenFor } from './scenarios';

interface Answer {
  status: number;
  data: unknown;
  errors: { path?: (string | number)[]; extensions?: { code?: string } }[];
}

async function ask(baseUrl: string, token: string, first: number): Promise<Answer> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: FULL_PAGE, variables: { first } }),
  });
  const body = await res.json() as { data?: unknown; errors?: Answer['errors'] };
  return { status: res.status, data: body.data ?? null, errors: body.errors ?? [] };
}

/** The first place two JSON values differ, as a path, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items against ${b.length}`;
    for (let i = 0; i < a.length; i += 1) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} against ${JSON.stringify(b)?.slice(0, 120)}`;
}

const errorKeys = (answer: Answer) => answer.errors.map((e) => `${(e.path ?? []).join('.')} ${e.extensions?.code ?? '?'}`).sort();

/** The agencies checked: every support centre, and of each other kind that handles cases the one that reaches the most cases. */
async function agenciesToCheck(owner: Client): Promise<string[]> {
  const { rows } = await owner.query(
    `SELECT DISTINCT ON (a.kind) a.code FROM agency a JOIN involvement i ON i.agency_id = a.id
      WHERE i.ended_at IS NULL AND a.kind NOT IN ('SUPPORT_CENTRE', 'OVERSIGHT')
      GROUP BY a.kind, a.code ORDER BY a.kind, count(*) DESC, a.code`);
  return [...await supportCentres(owner), ...rows.map((r: { code: string }) => r.code)];
}

export interface Verification {
  checked: { agency: string; first: number; cases: number; errors: number }[];
  differences: string[];
}

/** Compares the floor's answers with the hub's; `differences` is empty when they agree everywhere. */
export async function verifyFloor(ctx: ScenarioContext, hubUrl: string, floorUrl: string): Promise<Verification> {
  const result: Verification = { checked: [], differences: [] };
  const agencies = await agenciesToCheck(ctx.owner);
  for (const agency of agencies) {
    const token = await tokenFor(ctx, agency, UserRole.CASE_WORKER);
    for (const first of agency === 'SD-RIGA' ? [5, 50] : [50]) {
      const [hub, floor] = await Promise.all([ask(hubUrl, token, first), ask(floorUrl, token, first)]);
      const where = `${agency}, first: ${first}`;
      const edges = (hub.data as { cases?: { edges?: unknown[] } } | null)?.cases?.edges;
      result.checked.push({ agency, first, cases: edges?.length ?? 0, errors: hub.errors.length });
      if (hub.status !== floor.status) result.differences.push(`${where}: HTTP ${hub.status} from the hub, ${floor.status} from the floor`);
      const data = firstDifference(hub.data, floor.data, 'data');
      if (data) result.differences.push(`${where}: hub and floor differ at ${data}`);
      const [he, fe] = [errorKeys(hub), errorKeys(floor)];
      const errors = firstDifference(he, fe, 'errors');
      if (errors) {
        const onlyHub = he.filter((e) => !fe.includes(e)).slice(0, 3);
        const onlyFloor = fe.filter((e) => !he.includes(e)).slice(0, 3);
        result.differences.push(`${where}: errors differ (${he.length} from the hub, ${fe.length} from the floor; only the hub's: `
          + `${onlyHub.join(', ') || 'none'}; only the floor's: ${onlyFloor.join(', ') || 'none'})`);
      }
      if (!edges?.length) result.differences.push(`${where}: the hub answered no cases, nothing was compared`);
    }
  }
  return result;
}
