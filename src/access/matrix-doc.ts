import { Category } from '../kernel/categories';
import { CarerCategory } from '../kernel/carers';
import {
  ADULT_CASE_MATRIX, CALLER_WRITERS, CARER_FIELD_CATEGORIES, CARER_MATRIX, CARER_MUTATIONS, CARER_PURPOSES, CARER_REGISTRARS, CASELESS_ROWS,
  FIELD_CATEGORIES, MATRIX, MUTATIONS, PUBLIC_TYPES, PURPOSES, QUERIES, ROW_CATEGORY,
} from './policy';
import { CaseRole } from '../kernel/principal';

const SHOW: Record<string, string> = { W: 'W', R: 'R', OWN: 'Own', '-': '—' };

/** The human-readable access matrix, generated from the policy table (docs/access-matrix.md). */
export function renderAccessMatrix(): string {
  const roles = Object.keys(MATRIX[Category.CASE]) as CaseRole[];
  const lines = [
    '# Access matrix (generated)',
    '',
    'Generated from `src/access/policy.ts` by `npm run docs:access`; do not edit by hand.',
    '`W` read and write · `R` read · `Own` read all, create, change only what one\'s own agency wrote · `—` nothing.',
    '`ANALYST` and `ADMIN` users reach no case data whatever their agency\'s involvement.',
    '',
    '## Role in the case × category',
    '',
    `| category | ${roles.join(' | ')} |`,
    `|---|${roles.map(() => '---').join('|')}|`,
    ...Object.values(Category).map((c) => `| ${c} | ${roles.map((r) => SHOW[MATRIX[c][r]]).join(' | ')} |`),
    '',
    '## Rights that differ in an adult\'s case',
    '',
    'An adult has no orphan court: where an adult lives is the managing social service\'s decision.',
    '',
    ...Object.entries(ADULT_CASE_MATRIX).flatMap(([category, rights]) => Object.entries(rights ?? {})
      .map(([role, right]) => `- ${category} × ${role}: ${SHOW[right]}`)),
    '',
    '## Purposes of use',
    '',
    'Every request claims one (token claim `purpose_of_use`). A purpose never widens the matrix: it picks the columns a request',
    'may act through, and the kinds of root query it may ask.',
    '',
    '| purpose | claimed by | of agency kinds | columns it reaches | root queries it asks |',
    '|---|---|---|---|---|',
    ...Object.entries(PURPOSES).map(([purpose, rule]) => `| \`${purpose}\` | ${rule.claimedBy.join(', ')} | ${rule.agencyKinds?.join(', ') ?? 'any'} `
      + `| ${rule.reaches.join(', ') || '— (no case data)'} | ${rule.asks.join(', ')} |`),
    '',
    '## Who may ask each root query',
    '',
    '| query | rule |',
    '|---|---|',
    ...Object.entries(QUERIES).map(([name, rule]) => `| \`${name}\` | ${rule} |`),
    '',
    '## Writes only some users of an agency may make',
    '',
    ...Object.entries(MUTATIONS).filter(([, policy]) => 'by' in policy && policy.by)
      .map(([name, policy]) => `- \`${name}\`: ${'by' in policy ? policy.by?.join(', ') : ''}`),
    '',
    '## Writes decided on the caller alone (no case decides them)',
    '',
    ...Object.entries(MUTATIONS).flatMap(([name, policy]) => (policy.target === 'caller' ? [`- \`${name}\`: ${CALLER_WRITERS[policy.may]}${
      policy.links ? `; each case named in \`input.${policy.links.field}\` one the agency reaches and may ${
        policy.links.writes.map(([category, operation]) => `${operation} ${category}`).join(', ')} in` : ''}`] : [])),
    '',
    '## Carers\' data: relation to the carer × category',
    '',
    'Carers are data subjects outside any case: their data is reached through how the agency stands to the carer, never through',
    'a role in a case. `SUPPORTING_CENTRE`: the support centre that supports the carer; `CARER_COURT`: the orphan court of the',
    'carer\'s municipality; `PLACING_SERVICE`: the social service managing the case of a child living with the carer today.',
    '',
    `| category | ${Object.keys(CARER_MATRIX[CarerCategory.CARER_PERSONAL]).join(' | ')} |`,
    `|---|${Object.keys(CARER_MATRIX[CarerCategory.CARER_PERSONAL]).map(() => '---').join('|')}|`,
    ...Object.values(CarerCategory).map((c) => `| ${c} | ${Object.values(CARER_MATRIX[c]).map((r) => SHOW[r]).join(' | ')} |`),
    '',
    '| purpose | relations it acts through |',
    '|---|---|',
    ...Object.entries(CARER_PURPOSES).map(([purpose, relations]) => `| \`${purpose}\` | ${relations?.join(', ')} |`),
    '',
    `- \`registerCarer\`: a case-handling user of an agency of kind ${CARER_REGISTRARS.join(', ')} (it becomes the supporting centre)`,
    ...Object.entries(CARER_MUTATIONS).map(([name, policy]) => `- \`${name}\`: ${policy.who} (writes ${policy.writes})`),
    '',
    ...Object.values(CarerCategory).map((category) => `- **${category}**: ${Object.entries(CARER_FIELD_CATEGORIES)
      .flatMap(([type, map]) => Object.entries(map).filter(([, c]) => c === category).map(([field]) => `\`${type}.${field}\``)).join(', ')}`),
    '',
    '## Category → fields',
    '',
  ];
  for (const category of Object.values(Category)) {
    const fields = Object.entries(FIELD_CATEGORIES).flatMap(([type, map]) =>
      Object.entries(map).filter(([, c]) => c === category).map(([field]) => `${type}.${field}`));
    lines.push(`- **${category}**: ${fields.length ? fields.map((f) => `\`${f}\``).join(', ') : '(none)'}`);
  }
  const publicFields = Object.entries(FIELD_CATEGORIES).flatMap(([type, map]) =>
    Object.entries(map).filter(([, c]) => c === 'PUBLIC').map(([field]) => `${type}.${field}`));
  lines.push(`- **public** (ids and plumbing): ${publicFields.map((f) => `\`${f}\``).join(', ')}`);
  lines.push(`- **public types** (reference data, the caller, connections): ${PUBLIC_TYPES.map((t) => `\`${t}\``).join(', ')}`);
  lines.push('');
  lines.push('## Rows that carry their own category');
  lines.push('');
  for (const [type, column] of Object.entries(ROW_CATEGORY)) {
    lines.push(`- \`${type}\`: every field is read under the category in the row's \`${column}\`, chosen by its author; `
      + 'entries a caller may not read are left out of lists and counts (in SQL).');
  }
  lines.push('');
  lines.push('## Rows that may come without a case');
  lines.push('');
  for (const type of CASELESS_ROWS) {
    lines.push(`- \`${type}\`: a row without a case id is its agency's own (scoped in SQL by the one root query that returns it) `
      + 'and shows nothing of a case; e.g. an alert about a referral or transfer to decide on, shown as the referral is.');
  }
  lines.push('');
  return lines.join('\n');
}
