import data from './data/plan-templates.json';

/**
 * Which sections of a support plan must be filled before it can be activated, per target group
 * (reference data the operators update: raise `version` with every change). Checked once at
 * start-up: an unknown section or target group stops the hub instead of refusing plans wrongly.
 * The section names are written into report SQL, so they must be identifiers.
 */
export interface PlanTemplates {
  version: number;
  validFrom: string;
  source: string;
  /** every section a plan has */
  sections: string[];
  /** target group → the sections required before activation */
  required: ReadonlyMap<string, readonly string[]>;
}

const TARGET_GROUPS = ['CHILD_WITHOUT_PARENTAL_CARE', 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', 'ADULT_WITH_MENTAL_DISORDER'];

function checked(raw: typeof data): PlanTemplates {
  const identifier = /^[A-Z][A-Z0-9_]{0,60}$/;
  if (!raw.sections.every((s) => identifier.test(s))) throw new Error('plan-templates.json: a section is not an identifier');
  const required = new Map<string, readonly string[]>();
  for (const template of raw.templates) {
    if (!TARGET_GROUPS.includes(template.targetGroup)) throw new Error(`plan-templates.json: ${template.targetGroup} is not a target group`);
    const unknown = template.requiredSections.find((s) => !raw.sections.includes(s));
    if (unknown) throw new Error(`plan-templates.json: ${unknown} is not a section`);
    required.set(template.targetGroup, template.requiredSections);
  }
  const missing = TARGET_GROUPS.find((group) => !required.has(group));
  if (missing) throw new Error(`plan-templates.json: no template for ${missing}`);
  return { version: raw.version, validFrom: raw.validFrom, source: raw.source, sections: raw.sections, required };
}

export const PLAN_TEMPLATES: PlanTemplates = checked(data);
