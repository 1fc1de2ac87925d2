import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgencyKind } from '../kernel/principal';
import agenciesJson from './data/agencies.json';
import carerFormsJson from './data/carer-forms.json';
import centreServicesJson from './data/centre-services.json';
import geographyJson from './data/geography.json';
import placementLimitsJson from './data/placement-limits.json';
import planTemplatesJson from './data/plan-templates.json';
import providersJson from './data/providers.json';
import servicePricesJson from './data/service-prices.json';
import surveyQuestionsJson from './data/survey-questions.json';

/**
 * The registers' sources: one JSON file each under data/ (geography.json holds two registers,
 * regions and the municipalities that belong to them), each with a `version` a person bumps on
 * every edit. They are parsed here, whether bundled with the code or read from another folder
 * (`npm run reference:sync -- --data DIR`), and refused whole when anything in them is off: a
 * half-valid register would be upserted half.
 */

export interface RegionRecord {
  code: string;
  name: string;
}

export interface MunicipalityRecord {
  code: string;
  /** nominative, as the municipality calls itself: `Liepāja`, `Dienvidkurzemes novads` */
  name: string;
  /** genitive, as agencies of the municipality are named: `Liepājas`, `Dienvidkurzemes novada` (not derived: Latvian declension is data) */
  genitive: string;
  kind: 'CITY' | 'NOVADS';
  regionCode: string;
  population: number | null;
  /**
   * Closing a case of this municipality waits for the approval of a MANAGER of the managing social
   * service (issue 12; the municipality's own practice, off unless its entry says `true`).
   */
  closureApproval: boolean;
  /** the municipality's centre (its seat), for distances in matching; null when not known */
  lat: number | null;
  lon: number | null;
}

/** One entry of the agency register as loaded into the `agency` table. */
export interface AgencyRecord {
  code: string;
  name: string;
  kind: AgencyKind;
  /** the municipality it serves or sits in; null for regional and national bodies (a VSAC, an assessment team) */
  municipalityCode: string | null;
  regionCode: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export type PriceUnit = 'HOUR' | 'DAY' | 'SESSION' | 'MONTH';

export interface ServicePriceRecord {
  serviceType: string;
  unit: PriceUnit;
  /** YYYY-MM-DD */
  validFrom: string;
  priceEur: number;
}

/** A stricter limit while a child of the family is younger than `childUnder` years (with special needs, if `specialNeedsOnly`). */
export interface CarerAgeBand {
  childUnder: number;
  maxChildren: number;
  specialNeedsOnly: boolean;
}

/** How many children a foster family of one form takes at once (DOMAIN.md, 004 table 2). */
export interface CarerFormRule {
  form: string;
  maxChildren: number;
  /** siblings placed together may exceed the limit (recorded as an exception) */
  siblingsMayExceed: boolean;
  ageBands: CarerAgeBand[];
  term: string;
  /** the longest a placement in this form may last, in days (crisis: 6 weeks, respite: 3 weeks); null when the term is open */
  maxTermDays?: number | null;
}

/** One of a support centre's services (seed 000), in the seed's order (`position`). */
export interface CentreServiceRecord {
  code: string;
  position: number;
  /** as the seed names it (Latvian) */
  name: string;
  nameEn: string;
}

/** Who a partner survey asks (seed 000: orphan courts, social services, foster families, guardians, support group members). */
export const PARTNER_KINDS = ['ORPHAN_COURT', 'SOCIAL_SERVICE', 'FOSTER_FAMILY', 'GUARDIAN', 'SUPPORT_GROUP_MEMBER'] as const;
export type PartnerKindCode = typeof PARTNER_KINDS[number];
/** What the five points of a question's Likert scale mean (1 the least, 5 the most). */
export const LIKERT_SCALES = ['AGREEMENT', 'QUALITY', 'CLARITY', 'SUFFICIENCY'] as const;
export type LikertScaleCode = typeof LIKERT_SCALES[number];

/** One question of a partner survey, answered on a 5-point scale; `position` orders a partner kind's questions. */
export interface SurveyQuestionRecord {
  code: string;
  partnerKind: PartnerKindCode;
  position: number;
  scale: LikertScaleCode;
  text: string;
  textEn: string;
}
/** One service a provider offers: its places, and the placement type that takes one (null: a service used from home). */
export interface ProviderServiceRecord {
  serviceType: string;
  places: number;
  placementType: string | null;
  /** a social correction home for the hardest cases of deviant behaviour (a smaller limit: placement-limits.json) */
  hardestCases: boolean;
}

/** A provider in the state register of social service providers (Sociālo pakalpojumu sniedzēju reģistrs). */
export interface ProviderRecord {
  /** its code in the agency register */
  agencyCode: string;
  registerNumber: string;
  /** where its places are */
  municipalityCode: string;
  services: ProviderServiceRecord[];
}

/** An age group of a home that divides children by age: whole years on the placement's first day, both ends included. */
export interface AgeGroup {
  from: number;
  to: number;
}

/** The size limits of a kind of residential home for children (004 table 1). */
export interface PlacementLimitRecord {
  placementType: string;
  maxChildren: number;
  /** siblings placed together may exceed maxChildren, with a recorded reason */
  siblingsMayExceed: boolean;
  /** the most children of one age group; null: the home is not divided into groups */
  perGroup: number | null;
  ageGroups: AgeGroup[];
  /** the home's limit when it serves the hardest cases (the provider's service says so) */
  hardestCasesMaxChildren: number | null;
}

/** The target groups a plan template is written for (the database's care_case and plan_template checks say the same). */
export const TARGET_GROUPS = ['CHILD_WITHOUT_PARENTAL_CARE', 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', 'ADULT_WITH_MENTAL_DISORDER'] as const;

/** Which sections of a support plan a target group's plan must have filled before it is activated (issue 19). */
export interface PlanTemplateRecord {
  targetGroup: string;
  /** in the template's order: an activation's refusal names the missing ones in it */
  requiredSections: string[];
  why: string;
}

export type SourceName = 'geography' | 'agencies' | 'service-prices' | 'carer-forms' | 'centre-services' | 'survey-questions'
  | 'providers' | 'placement-limits' | 'plan-templates';
export const SOURCE_NAMES: readonly SourceName[] = ['geography', 'agencies', 'service-prices', 'carer-forms', 'centre-services',
  'survey-questions', 'providers', 'placement-limits', 'plan-templates'];

export interface Source<T> {
  version: string;
  /** sha-256 of the parsed records: a change the version does not show is still seen */
  hash: string;
  records: T;
}

export interface ReferenceSources {
  geography: Source<{ regions: RegionRecord[]; municipalities: MunicipalityRecord[] }>;
  agencies: Source<AgencyRecord[]>;
  'service-prices': Source<ServicePriceRecord[]>;
  'carer-forms': Source<CarerFormRule[]>;
  'centre-services': Source<CentreServiceRecord[]>;
  'survey-questions': Source<SurveyQuestionRecord[]>;
  providers: Source<ProviderRecord[]>;
  'placement-limits': Source<PlacementLimitRecord[]>;
  /** `sections`: every section a plan has; `templates`: one per target group */
  'plan-templates': Source<{ sections: string[]; templates: PlanTemplateRecord[] }>;
}

/** Where each source lives under a data folder. */
export const SOURCE_FILES: Record<SourceName, string> = {
  geography: 'geography.json', agencies: 'agencies.json', 'service-prices': 'service-prices.json', 'carer-forms': 'carer-forms.json',
  'centre-services': 'centre-services.json', 'survey-questions': 'survey-questions.json',
  providers: 'providers.json', 'placement-limits': 'placement-limits.json', 'plan-templates': 'plan-templates.json',
};

const CODE = /^[A-Z0-9_]+$/;
const AGENCY_CODE = /^[A-Z0-9_-]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNITS: readonly PriceUnit[] = ['HOUR', 'DAY', 'SESSION', 'MONTH'];
const KINDS = new Set<string>(Object.values(AgencyKind));
/** Kinds that serve one municipality (the database's agency_served_area check says the same). */
const MUNICIPAL_KINDS = new Set<string>([AgencyKind.SOCIAL_SERVICE, AgencyKind.ORPHAN_COURT]);

/** Reads one JSON value of a source, naming where it is when it is not what the register needs. */
class Reader {
  constructor(private readonly where: string, private readonly value: unknown) {}

  private fail(what: string): never {
    throw new Error(`${this.where}: ${what}`);
  }

  at(key: string | number): Reader {
    const { value } = this;
    if (typeof key === 'number') {
      if (!Array.isArray(value)) this.fail('is not a list');
      return new Reader(`${this.where}[${key}]`, value[key]);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail('is not an object');
    return new Reader(`${this.where}.${key}`, (value as Record<string, unknown>)[key]);
  }

  list(): Reader[] {
    if (!Array.isArray(this.value)) this.fail('is not a list');
    return this.value.map((_item, i) => this.at(i));
  }

  text(pattern?: RegExp): string {
    if (typeof this.value !== 'string' || this.value.trim() === '') this.fail('is not a non-empty text');
    if (pattern && !pattern.test(this.value)) this.fail(`"${this.value}" does not match ${pattern}`);
    return this.value;
  }

  optionalText(pattern?: RegExp): string | null {
    return this.value === null || this.value === undefined ? null : this.text(pattern);
  }

  oneOf<T extends string>(values: readonly T[] | ReadonlySet<string>): T {
    const text = this.text();
    const known = Array.isArray(values) ? values.includes(text as T) : (values as ReadonlySet<string>).has(text);
    if (!known) this.fail(`"${text}" is not one of ${[...values].join(', ')}`);
    return text as T;
  }

  number({ min = 0, integer = false } = {}): number {
    const { value } = this;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
      this.fail(`is not ${integer ? 'an integer' : 'a number'} of at least ${min}`);
    }
    return value;
  }

  optionalNumber(options: { min?: number; integer?: boolean } = {}): number | null {
    return this.value === null || this.value === undefined ? null : this.number(options);
  }

  flag(): boolean {
    if (typeof this.value !== 'boolean') this.fail('is not true or false');
    return this.value;
  }

  /** A flag a record may leave out: then false. */
  optionalFlag(): boolean {
    return this.value === undefined ? false : this.flag();
  }
}

function unique<T>(where: string, records: T[], key: (r: T) => string): T[] {
  const seen = new Set<string>();
  for (const r of records) {
    const k = key(r);
    if (seen.has(k)) throw new Error(`${where}: ${k} is listed twice`);
    seen.add(k);
  }
  return records;
}

function source<T>(name: SourceName, json: unknown, parse: (root: Reader) => T): Source<T> {
  const root = new Reader(SOURCE_FILES[name], json);
  const records = parse(root);
  return { version: root.at('version').text(), hash: createHash('sha256').update(JSON.stringify(records)).digest('hex'), records };
}

function parseGeography(json: unknown): ReferenceSources['geography'] {
  return source('geography', json, (root) => {
    const regions = unique('geography.json regions', root.at('regions').list().map((r) => ({
      code: r.at('code').text(CODE), name: r.at('name').text(),
    })), (r) => r.code);
    const regionCodes = new Set(regions.map((r) => r.code));
    const municipalities = unique('geography.json municipalities', root.at('municipalities').list().map((m): MunicipalityRecord => ({
      code: m.at('code').text(CODE), name: m.at('name').text(), genitive: m.at('genitive').text(),
      kind: m.at('kind').oneOf(['CITY', 'NOVADS'] as const), regionCode: m.at('regionCode').oneOf(regionCodes),
      population: m.at('population').optionalNumber({ integer: true }),
      closureApproval: m.at('closureApproval').optionalFlag(),
      lat: m.at('lat').optionalNumber({ min: -90 }), lon: m.at('lon').optionalNumber({ min: -180 }),
    })), (m) => m.code);
    return { regions, municipalities };
  });
}

function parseAgencies(json: unknown, geography: ReferenceSources['geography']): ReferenceSources['agencies'] {
  const municipalities = new Map(geography.records.municipalities.map((m) => [m.code, m]));
  const regionCodes = new Set(geography.records.regions.map((r) => r.code));
  return source('agencies', json, (root) => unique('agencies.json', root.at('agencies').list().map((a): AgencyRecord => {
    const kind = a.at('kind').oneOf(KINDS) as AgencyKind;
    const municipalityCode = a.at('municipalityCode').optionalText(CODE);
    const regionCode = a.at('regionCode').optionalText(CODE);
    const record = { code: a.at('code').text(AGENCY_CODE), name: a.at('name').text(), kind, municipalityCode, regionCode,
      contactEmail: a.at('contactEmail').optionalText(), contactPhone: a.at('contactPhone').optionalText() };
    const where = `agencies.json ${record.code}`;
    if (municipalityCode !== null && !municipalities.has(municipalityCode)) {
      throw new Error(`${where}: municipality ${municipalityCode} is not in geography.json`);
    }
    if (regionCode !== null && !regionCodes.has(regionCode)) throw new Error(`${where}: region ${regionCode} is not in geography.json`);
    if (MUNICIPAL_KINDS.has(kind) && municipalityCode === null) throw new Error(`${where}: a ${kind} serves a municipality`);
    // an agency of a municipality is in that municipality's region: a region move is one edit in geography.json, checked here
    if (municipalityCode !== null && regionCode !== municipalities.get(municipalityCode)?.regionCode) {
      throw new Error(`${where}: region ${regionCode} is not the region of ${municipalityCode}`);
    }
    return record;
  }), (a) => a.code));
}

function parseServicePrices(json: unknown): ReferenceSources['service-prices'] {
  return source('service-prices', json, (root) => unique('service-prices.json', root.at('prices').list().map((p) => ({
    serviceType: p.at('serviceType').text(CODE), unit: p.at('unit').oneOf(UNITS), validFrom: p.at('validFrom').text(DATE),
    priceEur: Math.round(p.at('priceEur').number() * 100) / 100,
  })), (p) => priceKey(p)));
}

function parseCarerForms(json: unknown): ReferenceSources['carer-forms'] {
  return source('carer-forms', json, (root) => unique('carer-forms.json', root.at('forms').list().map((f) => ({
    form: f.at('form').text(CODE),
    maxChildren: f.at('maxChildren').number({ min: 1, integer: true }),
    siblingsMayExceed: f.at('siblingsMayExceed').flag(),
    ageBands: f.at('ageBands').list().map(parseAgeBand),
    term: f.at('term').text(),
    maxTermDays: f.at('maxTermDays').optionalNumber({ min: 1, integer: true }),
  })), (f) => f.form));
}

function parseCentreServices(json: unknown): ReferenceSources['centre-services'] {
  return source('centre-services', json, (root) => unique('centre-services.json', root.at('services').list().map((r, i) => ({
    code: r.at('code').text(CODE), position: i + 1, name: r.at('name').text(), nameEn: r.at('nameEn').text(),
  })), (r) => r.code));
}

/** Each partner kind's questions are numbered in the file's order. */
function parseSurveyQuestions(json: unknown): ReferenceSources['survey-questions'] {
  return source('survey-questions', json, (root) => {
    const positions = new Map<string, number>();
    return unique('survey-questions.json', root.at('questions').list().map((r): SurveyQuestionRecord => {
      const partnerKind = r.at('partnerKind').oneOf(PARTNER_KINDS);
      const position = (positions.get(partnerKind) ?? 0) + 1;
      positions.set(partnerKind, position);
      return { code: r.at('code').text(CODE), partnerKind, position, scale: r.at('scale').oneOf(LIKERT_SCALES),
        text: r.at('text').text(), textEn: r.at('textEn').text() };
    }), (r) => r.code);
  });
}

/** One age band, from a source file or from the database's `carer_form_rule.age_bands` (the same shape). */
function parseAgeBand(band: Reader): CarerAgeBand {
  return {
    childUnder: band.at('childUnder').number({ min: 0 }),
    maxChildren: band.at('maxChildren').number({ min: 1, integer: true }),
    specialNeedsOnly: band.at('specialNeedsOnly').flag(),
  };
}

/**
 * The provider register. Agency codes are not checked against agencies.json here: the agency
 * register never deletes, and the database's foreign key refuses a code it never had.
 */
function parseProviders(json: unknown, geography: ReferenceSources['geography']): ReferenceSources['providers'] {
  const municipalities = new Set(geography.records.municipalities.map((m) => m.code));
  return source('providers', json, (root) => {
    const providers = unique('providers.json', root.at('providers').list().map((p): ProviderRecord => ({
      agencyCode: p.at('agencyCode').text(AGENCY_CODE), registerNumber: p.at('registerNumber').text(),
      municipalityCode: p.at('municipalityCode').oneOf(municipalities),
      services: unique(`providers.json ${p.at('agencyCode').text()} services`, p.at('services').list().map((v) => ({
        serviceType: v.at('serviceType').text(CODE), places: v.at('places').number({ integer: true }),
        placementType: v.at('placementType').optionalText(CODE), hardestCases: v.at('hardestCases').flag(),
      })), (v) => v.serviceType),
    })), (p) => p.agencyCode);
    unique('providers.json register numbers', providers, (p) => p.registerNumber);
    return providers;
  });
}

function parsePlacementLimits(json: unknown): ReferenceSources['placement-limits'] {
  return source('placement-limits', json, (root) => unique('placement-limits.json', root.at('limits').list().map((l) => ({
    placementType: l.at('placementType').text(CODE),
    maxChildren: l.at('maxChildren').number({ min: 1, integer: true }),
    siblingsMayExceed: l.at('siblingsMayExceed').flag(),
    perGroup: l.at('perGroup').optionalNumber({ min: 1, integer: true }),
    ageGroups: l.at('ageGroups').list().map(parseAgeGroup),
    hardestCasesMaxChildren: l.at('hardestCasesMaxChildren').optionalNumber({ min: 1, integer: true }),
  })), (l) => l.placementType));
}

/**
 * The plan templates: every target group has one, and names only sections the file lists. The
 * section names are identifiers (the PLANS_MISSING_SECTIONS figure compares them in SQL); that the
 * file's list is the API's `PlanSection` enum is a test's to check (plans imports reference, not back).
 */
function parsePlanTemplates(json: unknown): ReferenceSources['plan-templates'] {
  return source('plan-templates', json, (root) => {
    const sections = unique('plan-templates.json sections', root.at('sections').list().map((s) => s.text(/^[A-Z][A-Z0-9_]{0,60}$/)), (s) => s);
    const templates = unique('plan-templates.json', root.at('templates').list().map((t): PlanTemplateRecord => {
      const targetGroup = t.at('targetGroup').oneOf(TARGET_GROUPS);
      return { targetGroup, why: t.at('why').text(),
        requiredSections: unique(`plan-templates.json ${targetGroup} requiredSections`, t.at('requiredSections').list().map((s) => s.oneOf(sections)),
          (s) => s) };
    }), (t) => t.targetGroup);
    const missing = TARGET_GROUPS.find((group) => !templates.some((t) => t.targetGroup === group));
    if (missing) throw new Error(`plan-templates.json: no template for ${missing}`);
    return { sections, templates };
  });
}

/** A template's required sections as the database keeps them (`plan_template.required_sections`, jsonb), checked as a source's are. */
export function requiredSectionsFromDatabase(targetGroup: string, value: unknown): string[] {
  return new Reader(`plan_template ${targetGroup} required_sections`, value).list().map((s) => s.text(/^[A-Z][A-Z0-9_]{0,60}$/));
}

function parseAgeGroup(group: Reader): AgeGroup {
  return { from: group.at('from').number({ integer: true }), to: group.at('to').number({ integer: true }) };
}

/** The age groups as the database keeps them (`placement_limit_rule.age_groups`, jsonb), checked as a source's are. */
export function ageGroupsFromDatabase(type: string, value: unknown): AgeGroup[] {
  return new Reader(`placement_limit_rule ${type} age_groups`, value).list().map(parseAgeGroup);
}

/** The age bands as the database keeps them (jsonb), checked as a source's are. */
export function ageBandsFromDatabase(form: string, value: unknown): CarerAgeBand[] {
  return new Reader(`carer_form_rule ${form} age_bands`, value).list().map(parseAgeBand);
}

/** The key of a price in the register: one price per service type and unit from a date on. */
export function priceKey(p: { serviceType: string; unit: string; validFrom: string }): string {
  return `${p.serviceType}/${p.unit}/${p.validFrom}`;
}

/** Every source, from what each file holds (parsed JSON); throws naming the file and the entry at fault. */
export function parseReferenceSources(files: Record<SourceName, unknown>): ReferenceSources {
  const geography = parseGeography(files.geography);
  return {
    geography,
    agencies: parseAgencies(files.agencies, geography),
    'service-prices': parseServicePrices(files['service-prices']),
    'carer-forms': parseCarerForms(files['carer-forms']),
    'centre-services': parseCentreServices(files['centre-services']),
    'survey-questions': parseSurveyQuestions(files['survey-questions']),
    providers: parseProviders(files.providers, geography),
    'placement-limits': parsePlacementLimits(files['placement-limits']),
    'plan-templates': parsePlanTemplates(files['plan-templates']),
  };
}

/** The sources in another folder (the same file names), e.g. an operator's edited copy. */
export function readReferenceSources(dir: string): ReferenceSources {
  const files = Object.fromEntries(SOURCE_NAMES.map((name) => {
    const path = join(dir, SOURCE_FILES[name]);
    try {
      return [name, JSON.parse(readFileSync(path, 'utf8')) as unknown];
    } catch (error) {
      throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  })) as Record<SourceName, unknown>;
  return parseReferenceSources(files);
}

/** The sources as this version of the hub ships them (src/reference/data/, bundled with the code). */
export const REFERENCE_SOURCES: ReferenceSources = parseReferenceSources({
  geography: geographyJson, agencies: agenciesJson, 'service-prices': servicePricesJson, 'carer-forms': carerFormsJson,
  'centre-services': centreServicesJson, 'survey-questions': surveyQuestionsJson,
  providers: providersJson, 'placement-limits': placementLimitsJson, 'plan-templates': planTemplatesJson,
});
