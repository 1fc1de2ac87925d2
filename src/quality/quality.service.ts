import { aggregateScope, decide } from '../access/decide';
import { withinPurpose } from '../access/scope';
import { TargetGroup } from '../cases';
import { pageInfoOf } from '../kernel/connection';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { today } from '../kernel/dates';
import { badInput, forbidden } from '../kernel/errors';
import { InvolvementRole } from '../kernel/principal';
import { ScopeLevel } from '../kernel/scope-level';
import { Cell } from '../reporting';
import { CHECK_BY_ID, CHECKS, QualityCheck, QualityKind } from './checks';
import { casePageSql, reportSql } from './quality.sql';
import { CaseQuality, CaseQualityConnection, DataQuality, DataQualityRow, QualityCheckInfo, QualityGap, QualityGroupBy } from './quality.types';

type Scores = { score: string | null } & Record<Lowercase<QualityKind>, string | null> & Record<`${Lowercase<QualityKind>}_cases`, number>;
type AreaRow = { areaCode: string; areaName: string; cases: number | null } & Scores;
type CaseRow = { caseId: string; missing: string[] } & Omit<Scores, `${Lowercase<QualityKind>}_cases`> & { score: string };

const KINDS = Object.values(QualityKind);
const key = (kind: QualityKind) => kind.toLowerCase() as Lowercase<QualityKind>;
const num = (v: string | null) => (v === null ? null : Number(v));

const shown = (value: number): Cell => ({ value, suppressed: false, unknown: false });
const SUPPRESSED: Cell = { value: null, suppressed: true, unknown: false };
const NOTHING_TO_MEASURE: Cell = { value: null, suppressed: false, unknown: true };

/**
 * Disclosure control of one group: its case count from 1 to the threshold minus one suppresses the
 * row; a kind's score that only 1 to the threshold minus one cases are measured by is suppressed
 * too (it would tell about those few cases). No total is published: nothing to subtract from.
 */
function publishRow(row: AreaRow, threshold: number): DataQualityRow {
  const cases = row.cases ?? 0;
  const small = (n: number) => n > 0 && n < threshold;
  const scored = (value: string | null, measured: number): Cell =>
    (small(cases) || small(measured) ? SUPPRESSED : value === null || measured === 0 ? NOTHING_TO_MEASURE : shown(Number(value)));
  const [completeness, timeliness, consistency] = KINDS.map((kind) => scored(row[key(kind)], row[`${key(kind)}_cases`] ?? 0));
  return {
    areaCode: row.areaCode, areaName: row.areaName,
    cases: small(cases) ? SUPPRESSED : shown(cases),
    score: scored(row.score, cases), completeness, timeliness, consistency,
  };
}

/** A check a case does not pass: the check's own words, never the case's data. */
function gapOf(caseId: string, check: string): QualityGap {
  // every id the statement returns comes from the table
  const k = CHECK_BY_ID.get(check) as QualityCheck;
  return { caseId, check, kind: k.kind, description: k.description, category: k.category };
}

const CHECK_INFO: QualityCheckInfo[] = CHECKS.map((k) => ({
  id: k.id, kind: k.kind, description: k.description, stages: [...k.stages], targetGroups: [...(k.targetGroups ?? Object.values(TargetGroup))],
  category: k.category, keeper: k.keeper, weight: k.weight, aggregateOnly: k.aggregateOnly ?? false,
}));

export const qualityService = {
  /** The score per municipality or agency within the analyst's scope: one statement, then disclosure control; audited. */
  async report(ctx: RequestContext, groupBy: QualityGroupBy, region: string | null): Promise<DataQuality> {
    const scope = aggregateScope(ctx.principal);
    // the rule on the query has decided already; this only reads which scope it granted
    if (!scope) throw forbidden('Aggregates are for analysts');
    if (region !== null && (await ctx.db.query('SELECT 1 FROM region WHERE code = $1', [region])).length === 0) {
      throw badInput('region', 'is not a planning region in your scope');
    }
    const asOf = today();
    const rows: AreaRow[] = await ctx.db.query(reportSql(groupBy),
      [region, scope.level === 'REGION' ? scope.code : null, scope.level === 'MUNICIPALITY' ? scope.code : null, asOf]);
    const threshold = ctx.settings.suppressionThreshold;
    await ctx.audit.aggregate(ctx.db, `${scope.level}${scope.code ? `:${scope.code}` : ''}`, [`DATA_QUALITY_BY_${groupBy}`], 'dataQuality');
    return { scopeLevel: ScopeLevel[scope.level], scopeCode: scope.code, groupBy, asOf, suppressionThreshold: threshold, checks: CHECK_INFO,
      rows: rows.map((row) => publishRow(row, threshold)) };
  },

  /**
   * The score of each open case the caller's agency manages (or, `assignedToMe`, the caller is the case
   * manager of), lowest first, with the checks it does not pass. Only checks of categories a case
   * manager may read for the request's purpose count, and none that reads other cases.
   */
  async myCases(ctx: RequestContext, first: number, after: string | null, assignedToMe: boolean): Promise<CaseQualityConnection> {
    const limit = pageSize(first);
    const checks = CHECKS.filter((k) => !k.aggregateOnly && decide(ctx.principal, [InvolvementRole.CASE_MANAGER], k.category, 'read'));
    const [score, id] = after ? decodeCursor(after, ['text', 'uuid']) : [null, null];
    if (score !== null && !/^\d{1,3}(\.\d)?$/.test(score)) throw badInput('after', 'is not a cursor this API issued');
    const rows: CaseRow[] = checks.length === 0 ? [] : await ctx.db.query(casePageSql(checks, withinPurpose('i', ctx.principal)),
      [ctx.principal.agency.id, today(), assignedToMe, ctx.principal.userId, score, id, limit + 1]);
    const edges = rows.slice(0, limit).map((row): { cursor: string; node: CaseQuality } => ({
      cursor: encodeCursor([row.score, row.caseId]),
      node: {
        caseId: row.caseId, score: Number(row.score),
        completeness: num(row.completeness), timeliness: num(row.timeliness), consistency: num(row.consistency),
        missing: row.missing.sort().map((check) => gapOf(row.caseId, check)),
      },
    }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  },
};
