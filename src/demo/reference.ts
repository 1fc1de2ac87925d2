import type { Client } from 'pg';
import { fakerLV } from '@faker-js/faker';
import { Rng, Weighted } from './random';

/** An agency of the register, as the generator needs it. */
export interface AgencyRef {
  id: string;
  code: string;
  /** user ids of the agency's staff start with this (`SD-RIGA` → `sd-riga`) */
  slug: string;
}

export interface StaffRef {
  userId: string;
  agencyId: string;
  fullName: string;
  workEmail: string;
  workPhone: string;
}

/** Community service providers a region has one of (`SP-<REGION>-<KIND>`). */
export type ProviderKind = 'GROUP-HOME' | 'DAY-CENTRE' | 'YOUTH-HOME' | 'CRISIS-CENTRE' | 'FAMILY-HOME';
const PROVIDER_KINDS: ProviderKind[] = ['GROUP-HOME', 'DAY-CENTRE', 'YOUTH-HOME', 'CRISIS-CENTRE', 'FAMILY-HOME'];

export interface RegionRef {
  code: string;
  supportCentres: AgencyRef[];
  assessmentTeams: AgencyRef[];
  /** state social care centre (adults) */
  vsac: AgencyRef | null;
  /** children's social care centre */
  bsac: AgencyRef | null;
  providers: Partial<Record<ProviderKind, AgencyRef>>;
}

export interface MunicipalityRef {
  code: string;
  name: string;
  region: RegionRef;
  socialService: AgencyRef;
  orphanCourt: AgencyRef | null;
  /** the social service's case workers */
  staff: StaffRef[];
}

export interface DemoReference {
  municipalities: MunicipalityRef[];
  /** municipalities weighted by population */
  byPopulation: Weighted<MunicipalityRef>;
  staff: StaffRef[];
}

interface AgencyRow { id: string; code: string }
interface MunicipalityRow { code: string; name: string; region_code: string; population: number | null }

export function slugOf(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

const ASCII: Record<string, string> = { ā: 'a', č: 'c', ē: 'e', ģ: 'g', ī: 'i', ķ: 'k', ļ: 'l', ņ: 'n', š: 's', ū: 'u', ž: 'z' };

/** `Bērziņa` → `berzina`, for e-mail addresses. */
export function ascii(name: string): string {
  return name.toLowerCase().replace(/[āčēģīķļņšūž]/g, (c) => ASCII[c]).replace(/[^a-z0-9]/g, '');
}

const names = fakerLV.definitions.person;
const FEMALE_FIRST = names.first_name?.female ?? [];
const MALE_FIRST = names.first_name?.male ?? [];
const FEMALE_LAST = names.last_name?.female ?? [];
const MALE_LAST = names.last_name?.male ?? [];
if (!FEMALE_FIRST.length || !MALE_FIRST.length || !FEMALE_LAST.length || !MALE_LAST.length) {
  throw new Error('the Latvian faker locale has no gendered names');
}

/** A Latvian given and family name of one gender (Latvian family names agree with gender). */
export function personName(rng: Rng, female: boolean): { given: string; family: string } {
  return female
    ? { given: rng.pick(FEMALE_FIRST), family: rng.pick(FEMALE_LAST) }
    : { given: rng.pick(MALE_FIRST), family: rng.pick(MALE_LAST) };
}

/** FNV-1a of a string, to key a stream by a code rather than by a position. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A few case workers per social service, more in larger municipalities; the same on every run. */
function caseWorkers(m: MunicipalityRow, sd: AgencyRef): StaffRef[] {
  const rng = new Rng(0x5eed57af, hash(m.code), 0);
  const count = Math.min(20, 2 + Math.floor((m.population ?? 0) / 50_000));
  const staff: StaffRef[] = [];
  for (let n = 1; n <= count; n += 1) {
    const { given, family } = personName(rng, rng.chance(0.85));
    staff.push({
      userId: `${sd.slug}-cw-${n}`,
      agencyId: sd.id,
      fullName: `${given} ${family}`,
      workEmail: `${ascii(given)}.${ascii(family)}@${sd.slug}.example.lv`,
      workPhone: `+371 67${rng.digits(6)}`,
    });
  }
  return staff;
}

/** Reads municipalities and the agency register (by code) that the demo data hangs on. */
export async function loadDemoReference(client: Client): Promise<DemoReference> {
  const agencies = new Map<string, AgencyRef>();
  const { rows: agencyRows } = await client.query<AgencyRow>('SELECT id, code FROM agency');
  for (const a of agencyRows) agencies.set(a.code, { id: a.id, code: a.code, slug: slugOf(a.code) });
  const { rows: muniRows } = await client.query<MunicipalityRow>(
    'SELECT code, name, region_code, population FROM municipality ORDER BY code');

  const regions = new Map<string, RegionRef>();
  const regionOf = (code: string): RegionRef => {
    let region = regions.get(code);
    if (!region) {
      const numbered = (prefix: string): AgencyRef[] => {
        const out: AgencyRef[] = [];
        for (let i = 1; agencies.has(`${prefix}-${code}-${i}`); i += 1) out.push(agencies.get(`${prefix}-${code}-${i}`) as AgencyRef);
        return out;
      };
      const providers: Partial<Record<ProviderKind, AgencyRef>> = {};
      for (const kind of PROVIDER_KINDS) {
        const agency = agencies.get(`SP-${code}-${kind}`);
        if (agency) providers[kind] = agency;
      }
      region = {
        code, supportCentres: numbered('AC'), assessmentTeams: numbered('AT'),
        vsac: agencies.get(`VSAC-${code}`) ?? null, bsac: agencies.get(`BSAC-${code}`) ?? null, providers,
      };
      regions.set(code, region);
    }
    return region;
  };

  const municipalities: MunicipalityRef[] = [];
  const weights: [MunicipalityRef, number][] = [];
  for (const m of muniRows) {
    const socialService = agencies.get(`SD-${m.code}`);
    if (!socialService || !m.population) continue;
    const ref: MunicipalityRef = {
      code: m.code, name: m.name, region: regionOf(m.region_code), socialService,
      orphanCourt: agencies.get(`BT-${m.code}`) ?? null, staff: caseWorkers(m, socialService),
    };
    municipalities.push(ref);
    weights.push([ref, m.population]);
  }
  if (municipalities.length === 0) {
    throw new Error('no municipality with a population and a social service (SD-<code>): load the reference data first');
  }
  return { municipalities, byPopulation: new Weighted(weights), staff: municipalities.flatMap((m) => m.staff) };
}

/** Adds the case workers that are missing; existing staff rows (by agency and user id) are left alone. */
export async function insertStaff(client: Client, staff: StaffRef[]): Promise<void> {
  await client.query(
    `INSERT INTO staff_member (user_id, agency_id, full_name, work_email, work_phone)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[]) ON CONFLICT (agency_id, user_id) DO NOTHING`,
    [staff.map((s) => s.userId), staff.map((s) => s.agencyId), staff.map((s) => s.fullName),
      staff.map((s) => s.workEmail), staff.map((s) => s.workPhone)]);
}
