import agencies from '../../src/reference/data/agencies.json';
import carerForms from '../../src/reference/data/carer-forms.json';
import centreServices from '../../src/reference/data/centre-services.json';
import surveyQuestions from '../../src/reference/data/survey-questions.json';
import geography from '../../src/reference/data/geography.json';
import placementLimits from '../../src/reference/data/placement-limits.json';
import planTemplates from '../../src/reference/data/plan-templates.json';
import providers from '../../src/reference/data/providers.json';
import servicePrices from '../../src/reference/data/service-prices.json';
import { parseReferenceSources, REFERENCE_SOURCES, SourceName } from '../../src/reference/sources';
import { compareRows, formatReport, ReferenceReport, referenceChanged } from '../../src/reference/sync';

/** The shipped source files as JSON values, to edit a copy of. */
const files = (): Record<SourceName, Record<string, unknown>> => JSON.parse(JSON.stringify({
  geography, agencies, 'service-prices': servicePrices, 'carer-forms': carerForms, 'centre-services': centreServices,
  'survey-questions': surveyQuestions, providers,
  'placement-limits': placementLimits, 'plan-templates': planTemplates,
}));

type Entries = Record<string, unknown>[];
const entries = (value: unknown) => value as Entries;

describe('the reference sources', () => {
  it("parses the support centres' 14 services (seed 000) and numbers each partner kind's questions in the file's order", () => {
    expect(REFERENCE_SOURCES['centre-services'].records.map((r) => r.position)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const courts = REFERENCE_SOURCES['survey-questions'].records.filter((q) => q.partnerKind === 'ORPHAN_COURT');
    expect(courts.map((q) => q.position)).toEqual([1, 2, 3, 4]);
  });

  it('parses the shipped files, each with its version', () => {
    expect(REFERENCE_SOURCES.geography.version).toBe(geography.version);
    expect(REFERENCE_SOURCES.agencies.records).toHaveLength(agencies.agencies.length);
    expect(REFERENCE_SOURCES['service-prices'].records[0]).toEqual(
      { serviceType: 'RESPITE_CARE', unit: 'DAY', validFrom: '2021-01-01', priceEur: 14.29 });
  });

  it('hashes the records, not the version: an edit is seen even when the version is not bumped', () => {
    const edited = files();
    entries(edited.agencies.agencies)[0].contactPhone = '+371 60000000';
    expect(parseReferenceSources(edited).agencies.hash).not.toBe(REFERENCE_SOURCES.agencies.hash);
    expect(parseReferenceSources(files()).agencies.hash).toBe(REFERENCE_SOURCES.agencies.hash);
  });

  it.each<[string, (f: ReturnType<typeof files>) => void, RegExp]>([
    ['a municipality in a region the file does not have', (f) => { entries(f.geography.municipalities)[0].regionCode = 'ATLANTIDA'; },
      /geography\.json\.municipalities\[0\]\.regionCode: "ATLANTIDA" is not one of/],
    ['a municipality listed twice', (f) => { entries(f.geography.municipalities)[1].code = 'LIEPAJA'; }, /LIEPAJA is listed twice/],
    ['a municipality without its genitive', (f) => { delete entries(f.geography.municipalities)[2].genitive; },
      /municipalities\[2\]\.genitive: is not a non-empty text/],
    ['an agency of a municipality in another region', (f) => { entries(f.agencies.agencies)[0].regionCode = 'RIGA'; },
      /agencies\.json SD-LIEPAJA: region RIGA is not the region of LIEPAJA/],
    ['a social service of no municipality', (f) => { Object.assign(entries(f.agencies.agencies)[0], { municipalityCode: null, regionCode: null }); },
      /SD-LIEPAJA: a SOCIAL_SERVICE serves a municipality/],
    ['an agency of an unknown kind', (f) => { entries(f.agencies.agencies)[0].kind = 'CHURCH'; }, /agencies\[0\]\.kind: "CHURCH" is not one of/],
    ['a price without a date', (f) => { entries(f['service-prices'].prices)[0].validFrom = 'soon'; }, /prices\[0\]\.validFrom: "soon" does not match/],
    ['a carer form of no children', (f) => { entries(f['carer-forms'].forms)[0].maxChildren = 0; }, /forms\[0\]\.maxChildren: is not an integer of at least 1/],
    ['a source without a version', (f) => { delete f['carer-forms'].version; }, /carer-forms\.json\.version: is not a non-empty text/],
    ["a support centre's service listed twice", (f) => { entries(f['centre-services'].services)[1].code = 'PUBLIC_INFORMATION'; },
      /centre-services\.json: PUBLIC_INFORMATION is listed twice/],
    ['a survey question of no known partner', (f) => { entries(f['survey-questions'].questions)[0].partnerKind = 'NEIGHBOUR'; },
      /questions\[0\]\.partnerKind: "NEIGHBOUR" is not one of/],
    ['a survey question on an unknown scale', (f) => { entries(f['survey-questions'].questions)[2].scale = 'STARS'; },
      /questions\[2\]\.scale: "STARS" is not one of/],
    ['a provider in a municipality the geography does not have', (f) => { entries(f.providers.providers)[0].municipalityCode = 'ATLANTIDA'; },
      /providers\.json\.providers\[0\]\.municipalityCode: "ATLANTIDA" is not one of/],
    ['two providers with one register number', (f) => { entries(f.providers.providers)[1].registerNumber = 'SPR-0001'; },
      /providers\.json register numbers: SPR-0001 is listed twice/],
    ['a service of negative places', (f) => { entries(entries(f.providers.providers)[0].services)[0].places = -1; },
      /services\[0\]\.places: is not an integer of at least 0/],
    ['a home limit of no children', (f) => { entries(f['placement-limits'].limits)[0].maxChildren = 0; },
      /limits\[0\]\.maxChildren: is not an integer of at least 1/],
    ['a plan template requiring a section plans do not have', (f) => { (entries(f['plan-templates'].templates)[0].requiredSections as string[]).push('HOBBIES'); },
      /plan-templates\.json\.templates\[0\]\.requiredSections\[5\]: "HOBBIES" is not one of/],
    ['a plan template of an unknown target group', (f) => { entries(f['plan-templates'].templates)[1].targetGroup = 'PENSIONER'; },
      /plan-templates\.json\.templates\[1\]\.targetGroup: "PENSIONER" is not one of/],
    ['a target group without a plan template', (f) => { f['plan-templates'].templates = entries(f['plan-templates'].templates).slice(1); },
      /plan-templates\.json: no template for CHILD_WITHOUT_PARENTAL_CARE/],
    ['a section required twice', (f) => { (entries(f['plan-templates'].templates)[2].requiredSections as string[]).push('HEALTH'); },
      /plan-templates\.json ADULT_WITH_MENTAL_DISORDER requiredSections: HEALTH is listed twice/],
  ])('refuses %s, naming the file and the entry', (_name, edit, message) => {
    const edited = files();
    edit(edited);
    expect(() => parseReferenceSources(edited)).toThrow(message);
  });
});

describe('comparing a register with the database', () => {
  const keyOf = (r: Record<string, unknown>) => String(r.code);
  it('names the rows added, each changed field old → new, and the rows the source no longer lists', () => {
    const source = [{ code: 'A', name: 'Alpha', population: 10 }, { code: 'B', name: 'Beta', population: 20 }, { code: 'C', name: 'Gamma', population: null }];
    const current = [{ code: 'Z', name: 'Zeta', population: 1 }, { code: 'B', name: 'Beta', population: 20 }, { code: 'A', name: 'Alfa', population: 11 }];
    expect(compareRows('municipalities', ['name', 'population'], keyOf, source, current)).toEqual({
      register: 'municipalities', added: ['C'], unlisted: ['Z'],
      changed: [{ key: 'A', fields: [{ field: 'name', old: 'Alfa', new: 'Alpha' }, { field: 'population', old: 11, new: 10 }] }],
    });
    expect(compareRows('municipalities', ['name', 'population'], keyOf, source, source)).toEqual(
      { register: 'municipalities', added: [], changed: [], unlisted: [] });
  });

  it('words the report one line a change, and says when there is nothing to do', () => {
    const report: ReferenceReport = {
      dryRun: true,
      sources: [{ source: 'geography', from: '1', to: '2', contentChanged: true }, { source: 'agencies', from: '1', to: '1', contentChanged: true },
        { source: 'service-prices', from: '1', to: '1', contentChanged: false }],
      registers: [{ register: 'municipalities', added: ['NEW'], unlisted: ['OLD'],
        changed: [{ key: 'SAULKRASTU_NOV', fields: [{ field: 'regionCode', old: 'RIGA', new: 'VIDZEME' }] }] }],
    };
    expect(formatReport(report)).toEqual([
      'reference data, dry run (nothing was written):',
      '  geography 1 → 2',
      '  agencies 1 (the records changed, the version did not: bump it)',
      '  service-prices 1 (unchanged)',
      '  + municipalities NEW: added',
      '  ~ municipalities SAULKRASTU_NOV: regionCode "RIGA" → "VIDZEME"',
      '  ! municipalities OLD: not in the source any more; kept (the sync never deletes)',
    ]);
    const quiet: ReferenceReport = { dryRun: false, sources: [report.sources[2]], registers: [{ register: 'regions', added: [], changed: [], unlisted: [] }] };
    expect(referenceChanged(quiet)).toBe(false);
    expect(formatReport(quiet)).toEqual(['reference data:', '  service-prices 1 (unchanged)', '  nothing to change']);
  });
});
