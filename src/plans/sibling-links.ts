import { DataSource, EntityManager } from 'typeorm';
import { readsCategoryIn } from '../access/scope';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { badInput, notFound } from '../kernel/errors';
import { groupByKey, loader, uuids } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { Caller } from '../kernel/principal';
import { LinkSiblingCasesInput, SiblingLink } from './sibling-link.types';

/**
 * Siblings' cases (004: courts and support centres decide on keeping siblings together). A link is
 * one row per pair; it is read from either case, and only where the reader may read FAMILY on both
 * (in SQL): to anyone else the other case, and the link, do not exist.
 */
const LINK = `l.id, l.recorded_by_agency_id AS "recordedByAgencyId", l.recorded_at AS "recordedAt"`;

/** SQL: the caller (its agency in `agencyParam`) reads FAMILY on both cases: the one rule a link is shown by. */
const readsFamilyOnBoth = (a: string, b: string, agencyParam: string, principal: Pick<Caller, 'role' | 'purpose'>) =>
  `${readsCategoryIn(a, agencyParam, principal, Category.FAMILY)} AND ${readsCategoryIn(b, agencyParam, principal, Category.FAMILY)}`;

/** The links of each case the caller may see (part of the plans' loaders). */
export function siblingLinksLoader(db: DataSource, principal: Caller) {
  const both = (a: string, b: string) => readsFamilyOnBoth(a, b, '$1', principal);
  return loader<string, SiblingLink[]>(async (caseIds) => {
    const rows: SiblingLink[] = await db.query(
      `SELECT ${LINK}, l.case_id AS "caseId", l.sibling_case_id AS "siblingCaseId" FROM case_sibling_link l
        WHERE l.case_id = ANY($2::uuid[]) AND ${both('l.case_id', 'l.sibling_case_id')}
       UNION ALL
       SELECT ${LINK}, l.sibling_case_id, l.case_id FROM case_sibling_link l
        WHERE l.sibling_case_id = ANY($2::uuid[]) AND ${both('l.case_id', 'l.sibling_case_id')}
       ORDER BY "recordedAt", id`, [principal.agency.id, uuids(caseIds)]);
    return groupByKey(caseIds, rows.map((r) => Object.assign(new SiblingLink(), r)), (r) => r.caseId);
  });
}

/**
 * SQL: the ids of the cases linked to the case `caseIdExpr` names whose links the caller sees (FAMILY
 * read on both, as `Case.siblingLinks` shows them): what carer matching keeps together when it is not
 * told which siblings, inside its own one statement.
 */
export function linkedSiblingCasesSql(caseIdExpr: string, agencyParam: string, principal: Pick<Caller, 'role' | 'purpose'>): string {
  return `(SELECT CASE WHEN l.case_id = ${caseIdExpr} THEN l.sibling_case_id ELSE l.case_id END FROM case_sibling_link l
            WHERE (l.case_id = ${caseIdExpr} OR l.sibling_case_id = ${caseIdExpr})
              AND ${readsFamilyOnBoth('l.case_id', 'l.sibling_case_id', agencyParam, principal)})`;
}

async function lockBoth(tx: EntityManager, a: string, b: string): Promise<void> {
  // in id order, so two links recorded at once over the same cases never wait on each other in a circle
  await tx.query('SELECT 1 FROM care_case WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [[a, b]]);
}

export const siblingLinkService = {
  /** Links two siblings' cases (idempotent: the pair is linked once, whichever case it is recorded from). */
  async link(ctx: RequestContext, input: LinkSiblingCasesInput, idempotencyKey: string | null): Promise<SiblingLink> {
    const { caseId, siblingCaseId } = input;
    if (uuids([siblingCaseId]).length === 0) throw notFound('Case');
    if (caseId === siblingCaseId) throw badInput('input.siblingCaseId', 'must be another case than caseId');
    const linkId = await runMutation(ctx, producesId('linkSiblingCases', idempotencyKey, { input }), async (tx) => {
      // the other case as the reader's FAMILY rights there see it: one it may not read is not found, as one that does not exist
      const [other]: { readable: boolean }[] = await tx.query(
        `SELECT ${readsCategoryIn('c.id', '$1', ctx.principal, Category.FAMILY)} AS readable FROM care_case c WHERE c.id = $2`,
        [ctx.principal.agency.id, siblingCaseId]);
      if (!other?.readable) throw notFound('Case');
      await lockBoth(tx, caseId, siblingCaseId);
      const [low, high] = [caseId, siblingCaseId].sort();
      const [created]: { id: string }[] = await tx.query(
        `INSERT INTO case_sibling_link (case_id, sibling_case_id, recorded_by_agency_id, recorded_by_user_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (case_id, sibling_case_id) DO NOTHING RETURNING id`, [low, high, ctx.principal.agency.id, ctx.principal.userId]);
      const [link]: { id: string }[] = created ? [created]
        : await tx.query('SELECT id FROM case_sibling_link WHERE case_id = $1 AND sibling_case_id = $2', [low, high]);
      if (created) {
        for (const audited of [caseId, siblingCaseId]) {
          await ctx.audit.write(tx, { caseId: audited, roles: await ctx.facts.rolesInCase(audited), operation: 'linkSiblingCases',
            entity: 'SiblingLink', entityId: link.id, categories: [Category.FAMILY], fields: ['siblingCaseId'], oldVersion: null, newVersion: 1 });
        }
      }
      return link.id;
    });
    const found = (await ctx.loaders.plans.siblingLinksByCase.load(caseId)).find((l) => l.id === linkId);
    if (!found) throw notFound('Case');
    return found;
  },
};
