import { DataSource, EntityManager } from 'typeorm';
import {
  ageBandsFromDatabase, ageGroupsFromDatabase, priceKey, REFERENCE_SOURCES, ReferenceSources, requiredSectionsFromDatabase, SOURCE_NAMES, SourceName,
} from './sources';

/**
 * The reference sync: every register upserted from its source in one transaction, with a report of
 * what changed. Nothing is ever deleted: a row the source no longer lists is reported as `unlisted`
 * and left as it is, since cases, involvements, clients and report figures refer to regions,
 * municipalities and agencies, and past periods' costs are computed with past prices; retiring one
 * for good is a migration someone writes on purpose.
 */

export type RegisterName = 'regions' | 'municipalities' | 'agencies' | 'service-prices' | 'carer-forms' | 'centre-services'
  | 'survey-questions' | 'providers' | 'provider-services' | 'placement-limits' | 'plan-templates';
type Value = string | number | boolean | null;
type Row = Record<string, Value>;

export interface FieldChange {
  field: string;
  old: Value;
  new: Value;
}

export interface RegisterChanges {
  register: RegisterName;
  /** keys of rows the source lists and the database did not have */
  added: string[];
  changed: { key: string; fields: FieldChange[] }[];
  /** keys of rows the database has and the source no longer lists: kept as they are */
  unlisted: string[];
}

export interface SourceVersion {
  source: SourceName;
  /** the version the database had; null before its first sync */
  from: string | null;
  to: string;
  /** the records differ from those of the version the database had (seen by hash, whatever the versions say) */
  contentChanged: boolean;
}

export interface ReferenceReport {
  dryRun: boolean;
  sources: SourceVersion[];
  registers: RegisterChanges[];
}

/** How a register's field is kept in its table. */
interface Column {
  field: string;
  column: string;
  type: 'text' | 'integer' | 'numeric' | 'date' | 'boolean' | 'jsonb';
}

interface Register {
  name: RegisterName;
  source: SourceName;
  table: string;
  /** the columns that identify a row, then the others */
  keys: Column[];
  fields: Column[];
  rows(sources: ReferenceSources): Row[];
  /** a value read from the database, in the form the source's is compared in */
  fromDatabase?(row: Row): Row;
  keyOf(row: Row): string;
}

const text = (field: string, column: string): Column => ({ field, column, type: 'text' });

const REGISTERS: Register[] = [
  {
    name: 'regions', source: 'geography', table: 'region', keys: [text('code', 'code')], fields: [text('name', 'name')],
    rows: (s) => s.geography.records.regions.map((r) => ({ code: r.code, name: r.name })),
    keyOf: (r) => String(r.code),
  },
  {
    name: 'municipalities', source: 'geography', table: 'municipality', keys: [text('code', 'code')],
    fields: [text('name', 'name'), text('kind', 'kind'), text('regionCode', 'region_code'),
      { field: 'population', column: 'population', type: 'integer' },
      { field: 'closureApproval', column: 'closure_needs_approval', type: 'boolean' }, { field: 'lat', column: 'lat', type: 'numeric' },
      { field: 'lon', column: 'lon', type: 'numeric' }],
    rows: (s) => s.geography.records.municipalities.map((m) => ({
      code: m.code, name: m.name, kind: m.kind, regionCode: m.regionCode, population: m.population, closureApproval: m.closureApproval,
      lat: m.lat, lon: m.lon,
    })),
    keyOf: (r) => String(r.code),
  },
  {
    name: 'agencies', source: 'agencies', table: 'agency', keys: [text('code', 'code')],
    fields: [text('name', 'name'), text('kind', 'kind'), text('municipalityCode', 'municipality_code'), text('regionCode', 'region_code'),
      text('contactEmail', 'contact_email'), text('contactPhone', 'contact_phone')],
    rows: (s) => s.agencies.records.map((a) => ({ ...a })),
    keyOf: (r) => String(r.code),
  },
  {
    name: 'service-prices', source: 'service-prices', table: 'service_price',
    keys: [text('serviceType', 'service_type'), text('unit', 'unit'), { field: 'validFrom', column: 'valid_from', type: 'date' }],
    fields: [{ field: 'priceEur', column: 'price_eur', type: 'numeric' }],
    rows: (s) => s['service-prices'].records.map((p) => ({ ...p })),
    keyOf: (r) => priceKey({ serviceType: String(r.serviceType), unit: String(r.unit), validFrom: String(r.validFrom) }),
  },
  {
    name: 'carer-forms', source: 'carer-forms', table: 'carer_form_rule', keys: [text('form', 'form')],
    fields: [{ field: 'maxChildren', column: 'max_children', type: 'integer' },
      { field: 'siblingsMayExceed', column: 'siblings_may_exceed', type: 'boolean' },
      { field: 'ageBands', column: 'age_bands', type: 'jsonb' }, text('term', 'term'),
      { field: 'maxTermDays', column: 'max_term_days', type: 'integer' }],
    // the bands are compared as one value, in the key order the parser gives them
    rows: (s) => s['carer-forms'].records.map((f) => ({ ...f, ageBands: JSON.stringify(f.ageBands) })),
    fromDatabase: (r) => ({ ...r, ageBands: JSON.stringify(ageBandsFromDatabase(String(r.form), JSON.parse(String(r.ageBands)))) }),
    keyOf: (r) => String(r.form),
  },
  {
    name: 'centre-services', source: 'centre-services', table: 'centre_service', keys: [text('code', 'code')],
    fields: [{ field: 'position', column: 'position', type: 'integer' }, text('name', 'name'), text('nameEn', 'name_en')],
    rows: (s) => s['centre-services'].records.map((r) => ({ ...r })),
    keyOf: (r) => String(r.code),
  },
  {
    name: 'survey-questions', source: 'survey-questions', table: 'survey_question', keys: [text('code', 'code')],
    fields: [text('partnerKind', 'partner_kind'), { field: 'position', column: 'position', type: 'integer' }, text('scale', 'scale'),
      text('text', 'text'), text('textEn', 'text_en')],
    rows: (s) => s['survey-questions'].records.map((r) => ({ ...r })),
    keyOf: (r) => String(r.code),
  },
  {
    name: 'providers', source: 'providers', table: 'service_provider', keys: [text('agencyCode', 'agency_code')],
    fields: [text('registerNumber', 'register_number'), text('municipalityCode', 'municipality_code')],
    rows: (s) => s.providers.records.map((p) => ({ agencyCode: p.agencyCode, registerNumber: p.registerNumber, municipalityCode: p.municipalityCode })),
    keyOf: (r) => String(r.agencyCode),
  },
  {
    name: 'provider-services', source: 'providers', table: 'provider_service',
    keys: [text('agencyCode', 'agency_code'), text('serviceType', 'service_type')],
    fields: [{ field: 'places', column: 'places', type: 'integer' }, text('placementType', 'placement_type'),
      { field: 'hardestCases', column: 'hardest_cases', type: 'boolean' }],
    rows: (s) => s.providers.records.flatMap((p) => p.services.map((v) => ({ agencyCode: p.agencyCode, ...v }))),
    keyOf: (r) => `${String(r.agencyCode)}/${String(r.serviceType)}`,
  },
  {
    name: 'placement-limits', source: 'placement-limits', table: 'placement_limit_rule', keys: [text('placementType', 'placement_type')],
    fields: [{ field: 'maxChildren', column: 'max_children', type: 'integer' },
      { field: 'siblingsMayExceed', column: 'siblings_may_exceed', type: 'boolean' },
      { field: 'perGroup', column: 'per_group', type: 'integer' }, { field: 'ageGroups', column: 'age_groups', type: 'jsonb' },
      { field: 'hardestCasesMaxChildren', column: 'hardest_cases_max_children', type: 'integer' }],
    rows: (s) => s['placement-limits'].records.map((l) => ({ ...l, ageGroups: JSON.stringify(l.ageGroups) })),
    fromDatabase: (r) => ({ ...r,
      ageGroups: JSON.stringify(ageGroupsFromDatabase(String(r.placementType), JSON.parse(String(r.ageGroups)))) }),
    keyOf: (r) => String(r.placementType),
  },
  {
    name: 'plan-templates', source: 'plan-templates', table: 'plan_template', keys: [text('targetGroup', 'target_group')],
    fields: [{ field: 'requiredSections', column: 'required_sections', type: 'jsonb' }, text('why', 'why')],
    // the sections are compared as one value, in the template's order (the order a refusal names them in)
    rows: (s) => s['plan-templates'].records.templates.map((t) => ({ ...t, requiredSections: JSON.stringify(t.requiredSections) })),
    fromDatabase: (r) => ({ ...r,
      requiredSections: JSON.stringify(requiredSectionsFromDatabase(String(r.targetGroup), JSON.parse(String(r.requiredSections)))) }),
    keyOf: (r) => String(r.targetGroup),
  },
];

/** What a column reads as, so that it compares with the source's value (numbers as numbers, dates as text). */
function selected(c: Column): string {
  const cast = { text: '', integer: '', boolean: '', numeric: '::float8', date: '::text', jsonb: '::text' }[c.type];
  return `${c.column}${cast} AS "${c.field}"`;
}

/** The array type a column's values travel in (jsonb as text, cast back in the statement). */
function arrayType(c: Column): string {
  return c.type === 'jsonb' ? 'text[]' : `${c.type}[]`;
}

async function readRows(tx: EntityManager, register: Register): Promise<Row[]> {
  const rows: Row[] = await tx.query(`SELECT ${[...register.keys, ...register.fields].map(selected).join(', ')} FROM ${register.table}`);
  return register.fromDatabase ? rows.map(register.fromDatabase) : rows;
}

/** unnest($1::text[], …) AS k(a, b, …), the columns in order, for rows written in one statement. */
function unnested(columns: Column[], rows: Row[]): { from: string; params: Value[][] } {
  const from = `unnest(${columns.map((c, i) => `$${i + 1}::${arrayType(c)}`).join(', ')}) AS k(${columns.map((c) => c.column).join(', ')})`;
  return { from, params: columns.map((c) => rows.map((r) => r[c.field])) };
}

const valueOf = (c: Column) => (c.type === 'jsonb' ? `k.${c.column}::jsonb` : `k.${c.column}`);

async function insertRows(tx: EntityManager, register: Register, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...register.keys, ...register.fields];
  const { from, params } = unnested(columns, rows);
  await tx.query(`INSERT INTO ${register.table} (${columns.map((c) => c.column).join(', ')})
    SELECT ${columns.map(valueOf).join(', ')} FROM ${from}`, params);
}

/** Plain UPDATEs, so the triggers on these tables (a municipality moving region marks report snapshots) see an update. */
async function updateRows(tx: EntityManager, register: Register, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...register.keys, ...register.fields];
  const { from, params } = unnested(columns, rows);
  const t = register.table;
  await tx.query(`UPDATE ${t} SET ${register.fields.map((c) => `${c.column} = ${valueOf(c)}`).join(', ')} FROM ${from}
    WHERE ${register.keys.map((c) => `${t}.${c.column} = k.${c.column}`).join(' AND ')}`, params);
}

function same(a: Value | undefined, b: Value | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

/** What differs between the source's rows and the database's, by key, in the source's order. */
export function compareRows(register: RegisterName, fields: string[], keyOf: (r: Row) => string, source: Row[], current: Row[]): RegisterChanges {
  const existing = new Map(current.map((r) => [keyOf(r), r]));
  const listed = new Set(source.map(keyOf));
  const changes: RegisterChanges = { register, added: [], changed: [], unlisted: [] };
  for (const row of source) {
    const key = keyOf(row);
    const now = existing.get(key);
    if (!now) {
      changes.added.push(key);
      continue;
    }
    const differ = fields.filter((f) => !same(now[f], row[f])).map((f) => ({ field: f, old: now[f] ?? null, new: row[f] ?? null }));
    if (differ.length > 0) changes.changed.push({ key, fields: differ });
  }
  changes.unlisted = current.map(keyOf).filter((k) => !listed.has(k)).sort();
  return changes;
}

/** Whether the report has anything to say beyond "all as it was". */
export function referenceChanged(report: ReferenceReport): boolean {
  return report.sources.some((s) => s.from !== s.to || s.contentChanged)
    || report.registers.some((r) => r.added.length + r.changed.length + r.unlisted.length > 0);
}

/**
 * Upserts every register from `sources` (by default the ones this version of the hub ships) and
 * records each source's version; returns what changed. With `dryRun`, the same report from a
 * read-only transaction: nothing is written. Callers that may run at the same time as another sync
 * (start-up) hold the preparation lock (migrateDatabase).
 */
export async function syncReference(db: DataSource, { sources = REFERENCE_SOURCES, dryRun = false }:
  { sources?: ReferenceSources; dryRun?: boolean } = {}): Promise<ReferenceReport> {
  return db.transaction(async (tx) => {
    if (dryRun) await tx.query('SET TRANSACTION READ ONLY');
    const [{ migrated }] = await tx.query(`SELECT to_regclass('public.reference_version') IS NOT NULL AS migrated`);
    if (!migrated) throw new Error('the database does not have the reference_version table yet: start the hub or run npm run migrate first');
    const recorded: { source: SourceName; version: string; hash: string }[] =
      await tx.query('SELECT source, version, content_hash AS hash FROM reference_version');
    const before = new Map(recorded.map((r) => [r.source, r]));
    const report: ReferenceReport = {
      dryRun,
      sources: SOURCE_NAMES.map((source) => ({
        source, from: before.get(source)?.version ?? null, to: sources[source].version,
        contentChanged: before.get(source)?.hash !== sources[source].hash,
      })),
      registers: [],
    };
    // in dependency order: a municipality's region, an agency's municipality exist before they are referred to
    for (const register of REGISTERS) {
      const wanted = register.rows(sources);
      const changes = compareRows(register.name, register.fields.map((f) => f.field), register.keyOf, wanted, await readRows(tx, register));
      report.registers.push(changes);
      if (dryRun) continue;
      const byKey = new Map(wanted.map((r) => [register.keyOf(r), r]));
      await insertRows(tx, register, changes.added.map((k) => byKey.get(k) as Row));
      await updateRows(tx, register, changes.changed.map((c) => byKey.get(c.key) as Row));
    }
    const moved = report.sources.filter((s) => s.from !== s.to || s.contentChanged);
    if (!dryRun && moved.length > 0) {
      await tx.query(
        `INSERT INTO reference_version (source, version, content_hash) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (source) DO UPDATE SET version = EXCLUDED.version, content_hash = EXCLUDED.content_hash, synced_at = now()`,
        [moved.map((s) => s.source), moved.map((s) => sources[s.source].version), moved.map((s) => sources[s.source].hash)]);
    }
    return report;
  });
}

const shown = (v: Value) => (v === null ? '(none)' : typeof v === 'string' ? JSON.stringify(v) : String(v));

/** The report in words, one line each: versions, then every added, changed and unlisted row. */
export function formatReport(report: ReferenceReport): string[] {
  const lines = [report.dryRun ? 'reference data, dry run (nothing was written):' : 'reference data:'];
  for (const s of report.sources) {
    const versions = s.from === s.to ? `${s.to} (${s.contentChanged ? 'the records changed, the version did not: bump it' : 'unchanged'})`
      : `${s.from ?? '(none)'} → ${s.to}`;
    lines.push(`  ${s.source} ${versions}`);
  }
  for (const r of report.registers) {
    for (const key of r.added) lines.push(`  + ${r.register} ${key}: added`);
    for (const c of r.changed) {
      lines.push(`  ~ ${r.register} ${c.key}: ${c.fields.map((f) => `${f.field} ${shown(f.old)} → ${shown(f.new)}`).join(', ')}`);
    }
    for (const k of r.unlisted) lines.push(`  ! ${r.register} ${k}: not in the source any more; kept (the sync never deletes)`);
  }
  if (!referenceChanged(report)) lines.push('  nothing to change');
  return lines;
}
