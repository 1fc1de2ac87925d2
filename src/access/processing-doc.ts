import { Category } from '../kernel/categories';
import { AgencyKind, CaseRole, UserRole } from '../kernel/principal';
import { readableCategories } from './decide';
import { CarerCategory, CarerRelation } from '../kernel/carers';
import {
  ADULT_CASE_MATRIX, CARER_CATEGORY_NATURE, CARER_MATRIX, CARER_PURPOSES, CATEGORY_NATURE, MATRIX, PURPOSES, ROLE_AGENCY_KINDS,
} from './policy';

/** The kind of agency that stands in each relation to a carer. */
const CARER_RELATION_KIND: Record<CarerRelation, AgencyKind> = {
  [CarerRelation.SUPPORTING_CENTRE]: AgencyKind.SUPPORT_CENTRE, [CarerRelation.CARER_COURT]: AgencyKind.ORPHAN_COURT,
  [CarerRelation.PLACING_SERVICE]: AgencyKind.SOCIAL_SERVICE,
};

/**
 * The records of processing activities (GDPR Art. 30), generated from the policy table like the
 * access matrix (docs/records-of-processing.md): for each purpose, which kind of agency processes
 * which category, reading or also writing, on which legal basis.
 */
export function renderRecordsOfProcessing(): string {
  const lines = [
    '# Records of processing (generated)',
    '',
    'Generated from `src/access/policy.ts` (PURPOSES, MATRIX, ROLE_AGENCY_KINDS, CATEGORY_NATURE) by `npm run docs:access`;',
    'do not edit by hand. Controller of each case: the social service of the responsible municipality (it manages the case);',
    'each involved agency is a controller of its own processing. Storage: until every case of the person has been closed for',
    'the retention period (README, Privacy), then pseudonymised; the audit trail keeps its structure.',
    '',
    '`read` the agency may read the category · `write` it may also create or change it (all rows, or its own).',
    '',
    '| purpose | agency kind | category | nature of the data | use | legal basis |',
    '|---|---|---|---|---|---|',
  ];
  for (const [purpose, rule] of Object.entries(PURPOSES)) {
    if (rule.reaches.length === 0) {
      lines.push(`| \`${purpose}\` | ${(rule.agencyKinds ?? ['any']).join(', ')} (${rule.claimedBy.join(', ')}) | — | ${rule.description} | `
        + `no case data | ${rule.legalBasis} |`);
      continue;
    }
    for (const kind of Object.values(AgencyKind)) {
      if (rule.agencyKinds && !rule.agencyKinds.includes(kind)) continue;
      const roles = rule.reaches.filter((role) => ROLE_AGENCY_KINDS[role].includes(kind));
      if (roles.length === 0) continue;
      for (const category of Object.values(Category)) {
        const use = useOf(roles, category);
        if (use) lines.push(`| \`${purpose}\` | ${kind} | ${category} | ${CATEGORY_NATURE[category]} | ${use} | ${rule.legalBasis} |`);
      }
    }
  }
  for (const [purpose, relations] of Object.entries(CARER_PURPOSES)) {
    for (const relation of relations ?? []) {
      for (const category of Object.values(CarerCategory)) {
        const right = CARER_MATRIX[category][relation];
        if (right === '-') continue;
        lines.push(`| \`${purpose}\` | ${CARER_RELATION_KIND[relation]} (${relation}) | ${category} | ${CARER_CATEGORY_NATURE[category]} | `
          + `${right === 'R' ? 'read' : 'read, write'} | ${PURPOSES[purpose as keyof typeof PURPOSES].legalBasis} |`);
      }
    }
  }
  lines.push('');
  return lines.join('\n');
}

function useOf(roles: readonly CaseRole[], category: Category): string | null {
  if (!readableCategories({ role: UserRole.CASE_WORKER }, roles).includes(category)) return null;
  const writes = roles.some((role) => ['W', 'OWN'].includes(MATRIX[category][role]));
  if (writes) return 'read, write';
  const adultWrites = roles.some((role) => ['W', 'OWN'].includes(ADULT_CASE_MATRIX[category]?.[role] ?? ''));
  return adultWrites ? "read; write in an adult's case" : 'read';
}
