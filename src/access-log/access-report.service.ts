import { checkPersonalCode } from '../clients';
import { pageInfoOf } from '../kernel/connection';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { badInput } from '../kernel/errors';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { AccessReport, AccessReportEntry, RestrictAccessReportInput } from './access-report.types';

const ADULT = 'ADULT_WITH_MENTAL_DISORDER';

/**
 * The person's own access report (ACCESS.md): the audit rows of every case of the person, as the
 * case access log shows them, less the staff and the cases an orphan court withheld. Who may ask
 * (the state portal, for the purpose CLIENT_REQUEST) is decided by the policy before this runs.
 */
export const accessReportService = {
  async report(ctx: RequestContext, personalCode: string, first: number, after: string | null): Promise<AccessReport> {
    const code = checkPersonalCode(personalCode);
    if (!code.valid) throw badInput('personalCode', `The personal code ${code.reason}`);
    const limit = pageSize(first);
    const before = after ? decodeCursor(after, ['integer'])[0] : null;
    const [person]: { clientId: string | null; cases: string[] | null; withheld: boolean }[] = await ctx.db.query(
      `SELECT cl.id AS "clientId",
              array_agg(c.id) FILTER (WHERE c.report_restricted_at IS NULL) AS cases,
              coalesce(bool_or(c.report_restricted_at IS NOT NULL), false) AS withheld
         FROM client cl LEFT JOIN care_case c ON c.client_id = cl.id WHERE cl.personal_code = $1 GROUP BY cl.id`, [code.canonical]);
    const cases = person?.cases ?? [];
    const rows: AccessReportEntry[] = cases.length === 0 ? [] : await ctx.db.query(
      `SELECT a.id::text AS id, a.at, a.kind, a.agency_id AS "agencyId", a.categories, a.purpose
         FROM audit_log a WHERE a.case_id = ANY($1::uuid[]) AND ($2::bigint IS NULL OR a.id < $2::bigint)
        ORDER BY a.id DESC LIMIT $3`, [cases, before, limit + 1]);
    const [{ n }] = cases.length === 0 ? [{ n: 0 }]
      : await ctx.db.query('SELECT count(*)::int AS n FROM audit_log WHERE case_id = ANY($1::uuid[])', [cases]);
    const page = rows.slice(0, limit);
    // every call is audited: whose report (the client's id, never the code) and how many entries it gave
    await ctx.audit.clientReport(ctx.db, person?.clientId ?? null, page.length);
    const edges = page.map((node) => ({ cursor: encodeCursor([node.id]), node }));
    return { edges, totalCount: n, withheldByLaw: person?.withheld ?? false,
      pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  },

  /** The orphan court's restriction on a child's case (or its lifting), with its basis. */
  async restrict(ctx: RequestContext, input: RestrictAccessReportInput): Promise<string> {
    const basis = text('input.basis', input.basis, { max: 500, required: input.restricted });
    return runMutation(ctx, producesId('restrictAccessReport', null, input), async (tx) => {
      const [current] = await tx.query('SELECT target_group, report_restricted_at FROM care_case WHERE id = $1 FOR UPDATE', [input.caseId]);
      if (current.target_group === ADULT) {
        throw badInput('input.caseId', "an adult's access report is the adult's own: only a child's case can be withheld from it");
      }
      await tx.query(
        `UPDATE care_case SET report_restricted_at = CASE WHEN $2 THEN now() END, report_restriction_basis = CASE WHEN $2 THEN $3 END,
                report_restricted_by_agency_id = CASE WHEN $2 THEN $4::uuid END, version = version + 1, updated_at = now()
          WHERE id = $1`, [input.caseId, input.restricted, basis, ctx.principal.agency.id]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'restrictAccessReport',
        entity: 'Case', entityId: input.caseId, fields: ['reportRestrictedAt', 'reportRestrictionBasis'], categories: [Category.PLACEMENT],
        oldVersion: null, newVersion: null });
      return input.caseId;
    });
  },
};
