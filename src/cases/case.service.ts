import { PageInfo, pageInfoOf } from '../kernel/connection';
import { Category } from '../kernel/categories';
import { InvolvementRole } from '../kernel/principal';
import { providedFields } from '../access/audit-fields';
import { checkPersonalCode, Client } from '../clients';
import { discoveryService, managedByOthers } from '../discovery';
import { columnsOf, jsonOf, rowFromJson, Sql } from '../kernel/db/sql';
import { producesId, runMutation } from '../kernel/mutation';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { badInput, conflict, notFound } from '../kernel/errors';
import { unknownCode } from '../kernel/reference-codes';
import { pastDate, text } from '../kernel/validate';
import { ageOn } from '../kernel/dates';
import { Case, IntakeType, TargetGroup } from './case.entity';
import { CaseFilter, CaseOrder, OpenCaseInput } from './case.inputs';
import { Binder, countOfReached, reachedCases } from './case-list.sql';
import { ReachedCase } from './case.loaders';
import { CountColumns, reachCount } from './reach-count';

export interface CasePage {
  edges: { cursor: string; node: ReachedCase }[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for `totalCount`. */
  count: () => Promise<number>;
}

/**
 * A target group is an age (DOMAIN.md): children are under 18 on the day the case opens, adults 18
 * or older. A child's case goes on past 18 (youth homes serve up to 24); only the opening is judged.
 */
/** A case opens on or after the client's birth, for the target group of the client's age that day. */
function checkOpening(targetGroup: TargetGroup, birthDate: string, openedOn: string): void {
  if (openedOn < birthDate) throw badInput('input.openedOn', "must not be before the client's birth date");
  checkTargetGroupAge(targetGroup, birthDate, openedOn);
}

export function checkTargetGroupAge(targetGroup: TargetGroup, birthDate: string, openedOn: string): void {
  const age = ageOn(birthDate, openedOn);
  const adult = targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER;
  if (adult && age < 18) throw badInput('input.targetGroup', `is for adults; the client is ${age} on the opening date`);
  if (!adult && age >= 18) throw badInput('input.targetGroup', `is for children under 18; the client is ${age} on the opening date`);
}

/** No filter of the list is set: the count is of every case the caller reaches. */
function unfiltered(filter: CaseFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || value === null || (Array.isArray(value) && value.length === 0));
}

/** The fields of a case its page's ranking reads (its id, the caller's roles, the visible change): a page of only these reads no case row. */
export const RANKED_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'myRoles', 'updatedAt']);

/** The legal basis of the managing social service's involvement. */
export const CASE_MANAGER_BASIS = 'Sociālo pakalpojumu un sociālās palīdzības likums, 9. pants';

/** Cases: reading them as the caller reaches them, and opening them. */
export const caseService = {
  async get(ctx: RequestContext, id: string): Promise<ReachedCase> {
    const found = await ctx.loaders.cases.caseById.load(id);
    if (!found) throw notFound('Case');
    return found;
  },

  async list(ctx: RequestContext, filter: CaseFilter, first: number, after: string | undefined, order: CaseOrder,
    withTotal = false, rankedOnly = false): Promise<CasePage> {
    const limit = pageSize(first);
    const b = new Binder(ctx.principal.agency.id);
    const reached = reachedCases(ctx.principal, filter, b);
    const shown: string[] = [];
    if (filter.updatedSince) shown.push(`r.vis >= ${b.bind(filter.updatedSince)}`);
    const descending = order === CaseOrder.UPDATED_DESC;
    if (after) {
      const [updatedAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      shown.push(`(r.vis, r.id) ${descending ? '<' : '>'} (${b.bind(updatedAt)}::timestamptz, ${b.bind(id)}::uuid)`);
    }
    const direction = descending ? 'DESC' : 'ASC';
    // the count, when asked for, and each case's client travel in the page's own statement; an unfiltered
    // count is the agency's reach, counted again only when that has changed
    const reach = withTotal && unfiltered(filter) ? reachCount(ctx.db, ctx.principal, countOfReached(ctx.principal, filter, b).sql, b) : null;
    const total = reach ? `, ${reach.columns}` : withTotal ? `, (${countOfReached(ctx.principal, filter, b).sql}) AS "totalCount"` : '';
    // the page is ranked on (id, roles, change time) alone; only its rows are read whole
    const rows: (ReachedCase & { sortKey: string; clientRow: Record<string, unknown>; totalCount?: number | null }
      & Partial<CountColumns>)[] = await ctx.db.query(
      `SELECT ${rankedOnly ? 'p.id' : `${columnsOf(ctx.db, Case, 'c')}, ${jsonOf(ctx.db, Client, 'cl')} AS "clientRow"`},
              p.roles AS "myRoles", p.vis AS "visibleUpdatedAt", p.vis::text AS "sortKey"${total}
         FROM (SELECT r.* FROM (${reached}) r ${shown.length ? `WHERE ${shown.join(' AND ')}` : ''}
                ORDER BY r.vis ${direction}, r.id ${direction} LIMIT ${b.bind(limit + 1)}) p
         ${rankedOnly ? '' : 'JOIN care_case c ON c.id = p.id JOIN client cl ON cl.id = c.client_id'}
        ORDER BY p.vis ${direction}, p.id ${direction}`, b.params);

    const page = rows.slice(0, limit);
    const edges = page.map(({ sortKey, clientRow, totalCount: _total, reachVersion: _version, reachCount: _reach, ...node }) => {
      if (!rankedOnly) ctx.loaders.clients.clientById.prime(node.clientId, rowFromJson(ctx.db, Client, clientRow));
      // encoded when read: a list page seldom asks for every edge's cursor
      return { node, get cursor() { return encodeCursor([sortKey, node.id]); } };
    });
    // a node read without its row is not a case to keep: only its roles are known
    if (rankedOnly) ctx.loaders.cases.knowRoles(edges.map((e) => e.node));
    else ctx.loaders.cases.prime(edges.map((e) => e.node));
    return {
      edges,
      pageInfo: pageInfoOf(edges, rows.length > limit, after),
      count: async () => {
        if (rows.length > 0 && reach) return reach.read(rows[0] as CountColumns);
        if (rows.length > 0 && typeof rows[0].totalCount === 'number') return rows[0].totalCount;
        const counted = countOfReached(ctx.principal, filter);
        const [{ n }] = await ctx.db.query(counted.sql, counted.params);
        return n as number;
      },
    };
  },

  /** Opens a case; the caller's social service becomes its manager. Creates the client when new. */
  async open(ctx: RequestContext, input: OpenCaseInput, idempotencyKey: string | null): Promise<ReachedCase> {
    const { client } = input;
    const code = checkPersonalCode(client.personalCode);
    if (!code.valid) throw badInput('input.client.personalCode', `The personal code ${code.reason}`);
    const givenName = text('input.client.givenName', client.givenName, { max: 200, required: true });
    const familyName = text('input.client.familyName', client.familyName, { max: 200, required: true });
    if (client.birthDate && code.birthDate && client.birthDate !== code.birthDate) {
      throw badInput('input.client.birthDate', 'does not match the birth date in the personal code');
    }
    const birthDate = code.birthDate ?? (client.birthDate ? pastDate('input.client.birthDate', client.birthDate) : null);
    const address = text('input.client.address', client.address, { max: 500 });
    const phone = text('input.client.phone', client.phone, { max: 40 });
    if (phone && !/^\+?[0-9 ()-]{5,40}$/.test(phone)) throw badInput('input.client.phone', 'is not a phone number');
    const reportedBy = text('input.reportedBy', input.reportedBy, { max: 500 });
    if (input.intakeType === IntakeType.MANDATORY && !reportedBy) {
      throw badInput('input.reportedBy', 'is required for a mandatory intake');
    }
    const openedOn = pastDate('input.openedOn', input.openedOn);
    if (birthDate) checkOpening(input.targetGroup, birthDate, openedOn);
    const { principal } = ctx;

    // the input is valid and the caller opens cases for the municipality it declares; whether the
    // person is already someone else's client is answered only as discovery answers it
    await discoveryService.refuseIfManagedElsewhere(ctx, code.canonical);
    const caseId = await runMutation(ctx, producesId('openCase', idempotencyKey, { input }), async (tx) => {
      const [known] = await tx.query('SELECT 1 FROM municipality WHERE code = $1', [client.declaredMunicipalityCode]);
      if (!known) throw unknownCode('input.client.declaredMunicipalityCode', 'municipality', client.declaredMunicipalityCode);
      // one person's cases are opened one at a time, so the check above holds until commit
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('client:' || $1))`, [code.canonical]);
      if (await managedByOthers(tx, code.canonical, principal.agency.id)) {
        throw conflict("The person's cases changed while this one was being opened; try again");
      }
      if (!birthDate) {
        // a new-form code carries no birth date; a person the hub knows has one on file, a new one must give it
        const [onFile] = await tx.query('SELECT birth_date::text AS "birthDate" FROM client WHERE personal_code = $1', [code.canonical]);
        if (!onFile?.birthDate) {
          throw badInput('input.client.birthDate', 'is required with a new-form personal code (it carries no birth date)');
        }
        checkOpening(input.targetGroup, onFile.birthDate, openedOn);
      }
      // a person known from closed cases now lives where this social service works: the register follows
      await tx.query(
        `INSERT INTO client AS cl (personal_code, given_name, family_name, birth_date, gender, declared_municipality_code, address, phone)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (personal_code) DO UPDATE SET declared_municipality_code = EXCLUDED.declared_municipality_code, updated_at = now()
          WHERE cl.declared_municipality_code <> EXCLUDED.declared_municipality_code`,
        [code.canonical, givenName, familyName, birthDate, client.gender, client.declaredMunicipalityCode, address, phone]);
      await ensureStaffMember(tx, principal.userId, principal.agency.id, principal.name);
      const [created] = await tx.query(
        `INSERT INTO care_case (client_id, target_group, intake_type, reported_by, opened_on,
                                responsible_municipality_code, case_manager_agency_id, case_manager_user_id)
         SELECT cl.id, $2, $3, $4, $5, $6, $7, $8 FROM client cl WHERE cl.personal_code = $1 RETURNING id`,
        [code.canonical, input.targetGroup, input.intakeType, reportedBy, openedOn,
          principal.agency.municipalityCode, principal.agency.id, principal.userId]);
      await tx.query(
        `INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id) VALUES ($1, $2, $3, $4, $5)`,
        [created.id, principal.agency.id, InvolvementRole.CASE_MANAGER, CASE_MANAGER_BASIS, principal.userId]);
      await ctx.audit.write(tx, { caseId: created.id, roles: [InvolvementRole.CASE_MANAGER], operation: 'openCase', entity: 'Case',
        entityId: created.id, fields: providedFields(input), categories: [Category.CASE, Category.IDENTITY, Category.IDENTIFIER],
        oldVersion: null, newVersion: 1 });
      return created.id as string;
    });
    return caseService.get(ctx, caseId);
  },
};

/**
 * How many cases `list` pages through, counted from the agency's active involvements (an index-only
 * scan of involvement_agency_active_idx) instead of over every case: care_case is joined only for
 * filters on its columns, and the visible-change time is worked out only for `updatedSince`. A case
 * reached through two involvements counts once.
 */

/** The hub knows a case manager by name and work contact; the token's name is used when sent (its own agency's row only). */
async function ensureStaffMember(tx: Sql, userId: string, agencyId: string, name: string | undefined): Promise<void> {
  await tx.query(
    `INSERT INTO staff_member (user_id, agency_id, full_name) VALUES ($1, $2, $3)
     ON CONFLICT (agency_id, user_id) DO UPDATE SET full_name = CASE WHEN $4 THEN EXCLUDED.full_name ELSE staff_member.full_name END`,
    [userId, agencyId, name ?? userId, name !== undefined]);
}
