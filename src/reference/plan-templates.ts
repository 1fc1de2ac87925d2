import { REFERENCE_SOURCES } from './sources';

/**
 * Which sections of a support plan must be filled before it can be activated, per target group.
 * The register is synced from data/plan-templates.json (a versioned source like the others: sources.ts,
 * sync.ts) into `plan_template`; activation, `missingSections` and the figures read the database's
 * (plans/plan-sections.ts `requiredSectionsOf`), so an operator's sync reaches the running hubs without a release.
 */
export interface PlanTemplates {
  version: string;
  /** every section a plan has */
  sections: readonly string[];
  /** target group → the sections required before activation */
  required: ReadonlyMap<string, readonly string[]>;
}

/** The templates as this version of the hub ships them: for the demo data, which writes plans that satisfy them. */
export const PLAN_TEMPLATES: PlanTemplates = {
  version: REFERENCE_SOURCES['plan-templates'].version,
  sections: REFERENCE_SOURCES['plan-templates'].records.sections,
  required: new Map(REFERENCE_SOURCES['plan-templates'].records.templates.map((t) => [t.targetGroup, t.requiredSections])),
};

