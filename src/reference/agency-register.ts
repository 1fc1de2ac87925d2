import { AgencyKind } from '../kernel/principal';
import geography from './data/geography.json';

/** One entry of the agency register as loaded into the `agency` table. */
export interface AgencyRecord {
  code: string;
  name: string;
  kind: AgencyKind;
  municipalityCode: string | null;
  regionCode: string | null;
  contactEmail: string;
  contactPhone: string;
}

export interface MunicipalityRecord {
  code: string;
  name: string;
  kind: 'CITY' | 'NOVADS';
  regionCode: string;
  population: number;
}

export const REGIONS: { code: string; name: string }[] = geography.regions;
export const MUNICIPALITIES = geography.municipalities as MunicipalityRecord[];

/** Children's assessment teams per region (DI plan: 11 in all) and support centres (9 in all). */
const ASSESSMENT_TEAMS: Record<string, number> = { KURZEME: 2, LATGALE: 2, RIGA: 3, VIDZEME: 2, ZEMGALE: 2 };
const SUPPORT_CENTRES: Record<string, number> = { KURZEME: 2, LATGALE: 2, RIGA: 1, VIDZEME: 2, ZEMGALE: 2 };
const REGION_NAMES: Record<string, string> = { KURZEME: 'Kurzeme', LATGALE: 'Latgale', RIGA: 'Rīga', VIDZEME: 'Vidzeme', ZEMGALE: 'Zemgale' };

/** Community services each region has one provider of in the demo register. */
const PROVIDERS: [string, string][] = [
  ['GROUP-HOME', 'grupu dzīvoklis'], ['DAY-CENTRE', 'dienas aprūpes centrs'], ['YOUTH-HOME', 'jauniešu māja'],
  ['CRISIS-CENTRE', 'krīzes centrs'], ['FAMILY-HOME', 'ģimeniskai videi pietuvināts pakalpojums'],
];

function phone(n: number): string {
  return `+371 67${String(100000 + n * 7919).slice(-6)}`;
}

function email(code: string): string {
  return `info@${code.toLowerCase().replace(/_/g, '-')}.example.lv`;
}

/**
 * The demo agency register: a social service and an orphan court per municipality, support
 * centres, VSAC branches, children's institutions, community service providers, assessment teams
 * and oversight bodies. Deterministic, so codes are stable across machines.
 */
export function agencyRegister(): AgencyRecord[] {
  const agencies: Omit<AgencyRecord, 'contactEmail' | 'contactPhone'>[] = [];
  for (const m of MUNICIPALITIES) {
    agencies.push({ code: `SD-${m.code}`, name: `${m.name} sociālais dienests`, kind: AgencyKind.SOCIAL_SERVICE,
      municipalityCode: m.code, regionCode: m.regionCode });
    agencies.push({ code: `BT-${m.code}`, name: `${m.name} bāriņtiesa`, kind: AgencyKind.ORPHAN_COURT,
      municipalityCode: m.code, regionCode: m.regionCode });
  }
  for (const region of REGIONS) {
    const name = REGION_NAMES[region.code];
    const seat = MUNICIPALITIES.filter((m) => m.regionCode === region.code).sort((a, b) => b.population - a.population);
    for (let i = 1; i <= SUPPORT_CENTRES[region.code]; i += 1) {
      agencies.push({ code: `AC-${region.code}-${i}`, name: `${name} ārpusģimenes aprūpes atbalsta centrs ${i}`,
        kind: AgencyKind.SUPPORT_CENTRE, municipalityCode: seat[i - 1].code, regionCode: region.code });
    }
    agencies.push({ code: `VSAC-${region.code}`, name: `VSAC "${name}"`, kind: AgencyKind.INSTITUTION,
      municipalityCode: null, regionCode: region.code });
    agencies.push({ code: `BSAC-${region.code}`, name: `${name} bērnu sociālās aprūpes centrs`, kind: AgencyKind.INSTITUTION,
      municipalityCode: seat[0].code, regionCode: region.code });
    for (const [suffix, service] of PROVIDERS) {
      agencies.push({ code: `SP-${region.code}-${suffix}`, name: `${name} ${service}`,
        kind: suffix === 'CRISIS-CENTRE' ? AgencyKind.CRISIS_CENTRE : AgencyKind.SERVICE_PROVIDER,
        municipalityCode: seat[0].code, regionCode: region.code });
    }
    for (let i = 1; i <= ASSESSMENT_TEAMS[region.code]; i += 1) {
      agencies.push({ code: `AT-${region.code}-${i}`, name: `${name} speciālistu komanda ${i}`, kind: AgencyKind.ASSESSMENT_TEAM,
        municipalityCode: null, regionCode: region.code });
    }
    agencies.push({ code: `PR-${region.code}`, name: region.name, kind: AgencyKind.OVERSIGHT, municipalityCode: null,
      regionCode: region.code });
  }
  agencies.push({ code: 'LM', name: 'Labklājības ministrija', kind: AgencyKind.OVERSIGHT, municipalityCode: null, regionCode: null });
  // the state portal's system, which shows a person their own access report (ACCESS.md)
  agencies.push({ code: 'PORTAL-LV', name: 'Valsts pārvaldes pakalpojumu portāls Latvija.gov.lv', kind: AgencyKind.STATE_PORTAL,
    municipalityCode: null, regionCode: null });
  agencies.push({ code: 'VBTAI', name: 'Valsts bērnu tiesību aizsardzības inspekcija', kind: AgencyKind.OVERSIGHT,
    municipalityCode: null, regionCode: null });
  return agencies.map((a, i) => ({ ...a, contactEmail: email(a.code), contactPhone: phone(i + 1) }));
}
