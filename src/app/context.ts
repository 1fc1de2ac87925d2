import { DataSource } from 'typeorm';
import { AuditSink } from '../kernel/audit-sink';
import type { CaseAccess, CaseFacts, FeatureLoaders, RequestContext, RequestIds, RequestSettings } from '../kernel/context';
import type { Logger } from '../kernel/logger';
import type { Caller } from '../kernel/principal';
import { MODULES } from './modules';
import { RawJson } from '../kernel/raw-json';

/**
 * The loaders of one request: every feature's, each built the first time the request uses it (a
 * request uses a few of ~16 features' loaders). Never shared between requests.
 */
function createLoaders(db: DataSource, principal: Caller, caseAccess: Map<string, CaseAccess>): FeatureLoaders {
  const loaders = {} as Record<string, unknown>;
  for (const { loaders: spec } of MODULES) {
    if (!spec) continue;
    let made: unknown;
    Object.defineProperty(loaders, spec.key, {
      enumerable: true,
      get: () => (made ??= spec.create({ db, principal, loaders: loaders as unknown as FeatureLoaders, caseAccess })),
    });
  }
  return loaders as unknown as FeatureLoaders;
}

const FACT_NAMES: readonly (keyof CaseFacts)[] = ['rolesInCase', 'agencyRolesInCase', 'caseOfInvolvement', 'caseOfMentorAssignment', 'followUp',
  'adultCase', 'caseOfPlan', 'nodeOf', 'carerRelations'];

/** The access layer's facts, each from the feature that offers it. */
function collectFacts(loaders: FeatureLoaders): CaseFacts {
  return Object.assign({}, ...MODULES.map((m) => m.facts?.(loaders) ?? {})) as CaseFacts;
}

/** Checked once when the app starts: every fact the access layer needs is offered by exactly one feature. */
export function checkModules(): void {
  const offered = MODULES.map((m) => m.facts?.({} as FeatureLoaders) ?? {});
  for (const name of FACT_NAMES) {
    const by = offered.filter((o) => name in o).length;
    if (by !== 1) throw new Error(`the fact ${name} is offered by ${by} features; exactly one must offer it`);
  }
}

export function createRequestContext(ids: RequestIds, principal: Caller, db: DataSource, log: Logger,
  settings: RequestSettings): RequestContext {
  const caseAccess = new Map<string, CaseAccess>();
  const loaders = createLoaders(db, principal, caseAccess);
  return { ...ids, principal, db, loaders, facts: collectFacts(loaders), caseAccess, audit: new AuditSink(principal, ids), rawJson: new RawJson(), log, settings,
    deadline: Date.now() + settings.requestDeadlineMs };
}
