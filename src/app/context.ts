import { DataSource } from 'typeorm';
import { AccessContext } from '../access/context';
import { Principal } from '../kernel/principal';
import { AuditSink } from '../kernel/audit-sink';
import { createAssessmentLoaders } from '../assessments/assessment.loaders';
import { TargetGroup } from '../cases/case.entity';
import { createCaseLoaders } from '../cases/case.loaders';
import { createClientLoaders } from '../clients/client.loaders';
import { createFollowUpLoaders } from '../follow-ups/follow-up.loaders';
import { createInvolvementLoaders } from '../involvements/involvement.loaders';
import type { Logger } from '../kernel/logger';
import { createDueItemLoaders } from '../monitoring/due-items.service';
import { createPlacementLoaders } from '../placements/placement.loaders';
import { createPlanLoaders } from '../plans/plan.loaders';
import { createReferenceLoaders } from '../reference/reference.loaders';

function createLoaders(db: DataSource, principal: Principal) {
  const cases = createCaseLoaders(db, principal);
  const reference = createReferenceLoaders(db);
  return {
    cases,
    clients: createClientLoaders(db, principal),
    involvements: createInvolvementLoaders(db, principal, reference.agencyById),
    assessments: createAssessmentLoaders(db, principal, reference.agencyById),
    plans: createPlanLoaders(db, principal),
    followUps: createFollowUpLoaders(db, principal, cases.caseRoles),
    placements: createPlacementLoaders(db, principal),
    monitoring: createDueItemLoaders(db, principal),
    reference,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The hub's own id of a request, and the client's correlation id when it sent a valid one. */
export interface RequestIds {
  requestId: string;
  clientRequestId: string | null;
}

/** Everything one request carries. Built per request; nothing user-specific outlives it. */
export interface RequestContext extends AccessContext, RequestIds {
  principal: Principal;
  db: DataSource;
  loaders: Loaders;
  audit: AuditSink;
  log: Logger;
  settings: RequestSettings;
}

/** Process-wide configuration a request needs (no user data). */
export interface RequestSettings {
  /** Counts from 1 to this minus one are suppressed in aggregates; never below 5. */
  suppressionThreshold: number;
}

export function createRequestContext(ids: RequestIds, principal: Principal, db: DataSource, log: Logger,
  settings: RequestSettings): RequestContext {
  const loaders = createLoaders(db, principal);
  return {
    ...ids,
    principal,
    db,
    loaders,
    audit: new AuditSink(principal, ids),
    log,
    settings,
    facts: {
      rolesInCase: (caseId) => loaders.cases.caseRoles.load(caseId),
      caseOfInvolvement: (id) => loaders.involvements.caseOfInvolvement.load(id),
      followUp: (id) => loaders.followUps.followUpFacts.load(id),
      adultCase: async (caseId) => (await loaders.cases.caseById.load(caseId))?.targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER,
    },
  };
}
