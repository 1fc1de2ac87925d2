import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UserRole } from '../../src/kernel/principal';
import { readReferenceSources, REFERENCE_SOURCES, SourceName } from '../../src/reference/sources';
import { ReferenceReport, referenceChanged, syncReference } from '../../src/reference/sync';
import { completePlan, daysAfter, involve, oldFormCode, openCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const DATA = join(__dirname, '..', '..', 'src', 'reference', 'data');
const FILES: Record<SourceName, string> = {
  geography: 'geography.json', agencies: 'agencies.json', 'service-prices': 'service-prices.json', 'carer-forms': 'carer-forms.json',
  'centre-services': 'centre-services.json', 'survey-questions': 'survey-questions.json',
  providers: 'providers.json', 'placement-limits': 'placement-limits.json', 'plan-templates': 'plan-templates.json',
};

const MUNICIPALITIES = graphql(`query ReferenceSyncMunicipalities($region: String) { municipalities(regionCode: $region) { code name regionCode } }`);
const AGENCIES = graphql(`query ReferenceSyncAgencies($municipality: String) { agencies(municipalityCode: $municipality) { code name municipalityCode regionCode contactPhone } }`);
const SETTINGS = graphql(`query ReferenceSyncClosureSettings { municipalities { code closureNeedsApproval } }`);
const SAVE_PLAN = graphql(`mutation ReferenceSyncSavePlan($input: SaveSupportPlanInput!) {
  saveSupportPlan(input: $input) { id status missingSections } }`);
const PLACE = graphql(`mutation ReferenceSyncRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);

type Json = Record<string, unknown>;

/** A copy of the shipped sources in a folder of its own, to edit as an operator would. */
function copyOfSources(): { dir: string; edit(source: SourceName, change: (json: Json) => void): void } {
  const dir = mkdtempSync(join(tmpdir(), 'casehub-reference-'));
  cpSync(DATA, dir, { recursive: true });
  return {
    dir,
    edit(source, change) {
      const path = join(dir, FILES[source]);
      const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
      change(json);
      writeFileSync(path, JSON.stringify(json, null, 2));
    },
  };
}

const entriesOf = (json: Json, list: string) => json[list] as Json[];
const entry = (json: Json, list: string, field: string, value: string) => {
  const found = entriesOf(json, list).find((e) => e[field] === value);
  if (!found) throw new Error(`no ${value} in ${list}`);
  return found;
};

/** Every row of the reference tables and their versions, to see that nothing was written. */
async function snapshot(hub: TestHub): Promise<string[]> {
  const sums: string[] = [];
  for (const table of ['region', 'municipality', 'agency', 'service_price', 'carer_form_rule', 'service_provider', 'provider_service',
    'placement_limit_rule', 'plan_template', 'reference_version']) {
    const [{ sum }] = await hub.db.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM ${table} t`);
    sums.push(`${table}:${sum}`);
  }
  return sums;
}

const noChange = (register: string) => ({ register, added: [], changed: [], unlisted: [] });
const versions = (changed: Partial<Record<SourceName, [string | null, string]>>): ReferenceReport['sources'] =>
  (Object.keys(FILES) as SourceName[]).map((source) => {
    const [from, to] = changed[source] ?? [REFERENCE_SOURCES[source].version, REFERENCE_SOURCES[source].version];
    return { source, from, to, contentChanged: source in changed };
  });

describe('the reference sync', () => {
  let hub: TestHub;
  let copy: ReturnType<typeof copyOfSources>;
  beforeAll(async () => {
    hub = await startHub();
    copy = copyOfSources();
  });
  afterAll(async () => {
    await hub.close();
    rmSync(copy.dir, { recursive: true, force: true });
  });

  it('brings a database loaded before the corrections to the sources, naming each correction', async () => {
    // as the loader before issue 11 left it: Saulkrasti in Rīga, agencies named in the nominative, no versions
    await hub.db.query(`UPDATE municipality SET region_code = 'RIGA' WHERE code = 'SAULKRASTU_NOV'`);
    await hub.db.query(`UPDATE agency SET region_code = 'RIGA' WHERE code IN ('SD-SAULKRASTU_NOV', 'BT-SAULKRASTU_NOV')`);
    await hub.db.query(`UPDATE agency SET name = 'Liepāja sociālais dienests' WHERE code = 'SD-LIEPAJA'`);
    await hub.db.query(`UPDATE agency SET name = 'Rīga bāriņtiesa' WHERE code = 'BT-RIGA'`);
    await hub.db.query('DELETE FROM reference_version');

    const report = await syncReference(hub.db);
    expect(report).toEqual({
      dryRun: false,
      sources: (Object.keys(FILES) as SourceName[]).map((source) => ({ source, from: null, to: REFERENCE_SOURCES[source].version, contentChanged: true })),
      registers: [
        noChange('regions'),
        { ...noChange('municipalities'), changed: [{ key: 'SAULKRASTU_NOV', fields: [{ field: 'regionCode', old: 'RIGA', new: 'VIDZEME' }] }] },
        { ...noChange('agencies'), changed: [
          { key: 'SD-LIEPAJA', fields: [{ field: 'name', old: 'Liepāja sociālais dienests', new: 'Liepājas sociālais dienests' }] },
          { key: 'BT-RIGA', fields: [{ field: 'name', old: 'Rīga bāriņtiesa', new: 'Rīgas bāriņtiesa' }] },
          { key: 'SD-SAULKRASTU_NOV', fields: [{ field: 'regionCode', old: 'RIGA', new: 'VIDZEME' }] },
          { key: 'BT-SAULKRASTU_NOV', fields: [{ field: 'regionCode', old: 'RIGA', new: 'VIDZEME' }] },
        ] },
        noChange('service-prices'),
        noChange('carer-forms'),
        noChange('centre-services'),
        noChange('survey-questions'),
        noChange('providers'),
        noChange('provider-services'),
        noChange('placement-limits'),
        noChange('plan-templates'),
      ],
    });

    const token = await hub.token('SD-RIGA');
    const vidzeme = await hub.gql(token, MUNICIPALITIES, { region: 'VIDZEME' });
    expect(vidzeme.data?.municipalities.map((m) => m.code)).toContain('SAULKRASTU_NOV');
    expect(vidzeme.data?.municipalities).toHaveLength(11);
    expect((await hub.gql(token, MUNICIPALITIES, { region: 'RIGA' })).data?.municipalities).toHaveLength(9);
    expect((await hub.gql(token, AGENCIES, { municipality: 'LIEPAJA' })).data?.agencies.map((a) => a.name))
      .toEqual(expect.arrayContaining(['Liepājas sociālais dienests', 'Liepājas bāriņtiesa']));
  });

  it('never shows an institution of a region as if the region were its municipality', async () => {
    const all = await hub.gql(await hub.token('SD-RIGA'), AGENCIES, {});
    expect(all.data?.agencies.filter((a) => a.code.startsWith('VSAC-')).map((a) => [a.code, a.municipalityCode, a.regionCode])).toEqual(
      ['KURZEME', 'LATGALE', 'RIGA', 'VIDZEME', 'ZEMGALE'].map((r) => [`VSAC-${r}`, null, r]));
  });

  it('takes an edited register into an existing database, and its report names exactly the edits', async () => {
    copy.edit('geography', (json) => {
      json.version = '2026-12-01';
      Object.assign(entry(json, 'municipalities', 'code', 'VALKAS_NOV'), { name: 'Valkas novads (pārdēvēts)', genitive: 'Valkas novada (pārdēvēta)' });
    });
    copy.edit('agencies', (json) => {
      json.version = '2026-12-01';
      entry(json, 'agencies', 'code', 'SD-RIGA').contactPhone = '+371 67000001';
      Object.assign(entry(json, 'agencies', 'code', 'SD-VALKAS_NOV'), { name: 'Valkas novada (pārdēvēta) sociālais dienests' });
    });
    copy.edit('service-prices', (json) => {
      json.version = '2027-01-01';
      entriesOf(json, 'prices').push({ serviceType: 'RESPITE_CARE', unit: 'DAY', validFrom: '2027-01-01', priceEur: 15.1 });
    });
    const sources = readReferenceSources(copy.dir);

    const report = await syncReference(hub.db, { sources });
    expect(report).toEqual({
      dryRun: false,
      sources: versions({ geography: [REFERENCE_SOURCES.geography.version, '2026-12-01'], agencies: ['2026-11-30', '2026-12-01'], 'service-prices': ['2021-01-01', '2027-01-01'] }),
      registers: [
        noChange('regions'),
        { ...noChange('municipalities'), changed: [{ key: 'VALKAS_NOV', fields: [{ field: 'name', old: 'Valkas novads', new: 'Valkas novads (pārdēvēts)' }] }] },
        { ...noChange('agencies'), changed: [
          { key: 'SD-RIGA', fields: [{ field: 'contactPhone', old: REFERENCE_SOURCES.agencies.records.find((a) => a.code === 'SD-RIGA')?.contactPhone, new: '+371 67000001' }] },
          { key: 'SD-VALKAS_NOV', fields: [{ field: 'name', old: 'Valkas novada sociālais dienests', new: 'Valkas novada (pārdēvēta) sociālais dienests' }] },
        ] },
        { ...noChange('service-prices'), added: ['RESPITE_CARE/DAY/2027-01-01'] },
        noChange('carer-forms'),
        noChange('centre-services'),
        noChange('survey-questions'),
        noChange('providers'),
        noChange('provider-services'),
        noChange('placement-limits'),
        noChange('plan-templates'),
      ],
    });

    // the hub serves what the sync wrote
    const token = await hub.token('SD-RIGA');
    expect((await hub.gql(token, MUNICIPALITIES, { region: 'VIDZEME' })).data?.municipalities)
      .toContainEqual({ code: 'VALKAS_NOV', name: 'Valkas novads (pārdēvēts)', regionCode: 'VIDZEME' });
    expect((await hub.gql(token, AGENCIES, { municipality: 'RIGA' })).data?.agencies.find((a) => a.code === 'SD-RIGA')?.contactPhone)
      .toBe('+371 67000001');
    expect(await hub.db.query(`SELECT price_eur::text AS eur FROM service_price WHERE service_type = 'RESPITE_CARE' AND valid_from = '2027-01-01'`))
      .toEqual([{ eur: '15.10' }]);
    expect(await hub.db.query(`SELECT source, version FROM reference_version ORDER BY source`)).toEqual([
      { source: 'agencies', version: '2026-12-01' }, { source: 'carer-forms', version: REFERENCE_SOURCES['carer-forms'].version },
      { source: 'centre-services', version: '2026-11-30' }, { source: 'geography', version: '2026-12-01' },
      { source: 'placement-limits', version: '2026-11-30' }, { source: 'plan-templates', version: REFERENCE_SOURCES['plan-templates'].version },
      { source: 'providers', version: '2026-11-30' },
      { source: 'service-prices', version: '2027-01-01' }, { source: 'survey-questions', version: '2026-11-30' },
    ]);
  });

  it('reports nothing, and writes nothing, when synced again', async () => {
    const before = await snapshot(hub);
    const again = await syncReference(hub.db, { sources: readReferenceSources(copy.dir) });
    expect(referenceChanged(again)).toBe(false);
    expect(again.registers.every((r) => r.added.length + r.changed.length + r.unlisted.length === 0)).toBe(true);
    expect(await snapshot(hub)).toEqual(before);
  });

  it('keeps a row the source no longer lists, and says so', async () => {
    copy.edit('agencies', (json) => {
      json.version = '2026-12-02';
      json.agencies = entriesOf(json, 'agencies').filter((a) => a.code !== 'SP-ZEMGALE-FAMILY-HOME');
    });
    const report = await syncReference(hub.db, { sources: readReferenceSources(copy.dir) });
    expect(report.registers.find((r) => r.register === 'agencies')).toEqual({ ...noChange('agencies'), unlisted: ['SP-ZEMGALE-FAMILY-HOME'] });
    expect(await hub.db.query(`SELECT name FROM agency WHERE code = 'SP-ZEMGALE-FAMILY-HOME'`)).toEqual([{ name: 'Zemgales ģimeniskai videi pietuvināts pakalpojums' }]);
  });

  it('names the change in a dry run and writes nothing: as a function and as npm run reference:sync -- --dry-run', async () => {
    copy.edit('carer-forms', (json) => {
      json.version = '2026-12-01';
      entry(json, 'forms', 'form', 'ORDINARY').maxChildren = 1;
    });
    const before = await snapshot(hub);
    const report = await syncReference(hub.db, { sources: readReferenceSources(copy.dir), dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.registers.find((r) => r.register === 'carer-forms')).toEqual(
      { ...noChange('carer-forms'), changed: [{ key: 'ORDINARY', fields: [{ field: 'maxChildren', old: 3, new: 1 }] }] });

    const { stdout } = await promisify(execFile)(process.execPath,
      ['-r', './scripts/register.js', 'scripts/reference-sync.ts', '--dry-run', '--data', copy.dir],
      { env: { ...process.env, DATABASE_URL: hub.appDatabaseUrl, DATABASE_OWNER_URL: hub.databaseUrl }, cwd: join(__dirname, '..', '..') });
    expect(stdout.split('\n')).toEqual(expect.arrayContaining([
      'reference data, dry run (nothing was written):',
      `  carer-forms ${REFERENCE_SOURCES['carer-forms'].version} → 2026-12-01`,
      '  ~ carer-forms ORDINARY: maxChildren 3 → 1',
      '  ! agencies SP-ZEMGALE-FAMILY-HOME: not in the source any more; kept (the sync never deletes)',
    ]));
    expect(await snapshot(hub)).toEqual(before);
  });

  it('checks a placement against the carer form rule the last sync wrote', async () => {
    const court = await hub.token('BT-RIGA', UserRole.SPECIALIST);
    const child = async (n: number) => {
      const c = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode(daysAfter(TODAY, -3000 - n * 40)), givenName: 'Bērns',
        familyName: 'Sinhs', gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
      await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
      return c.id;
    };
    const place = async (caseId: string) => hub.gql(court, PLACE, { input: { caseId, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY',
      carerName: 'Audžuģimene', carerRef: 'FAM-SYNCED', startsOn: TODAY } });
    expect((await place(await child(1))).errors).toEqual([]);
    // ordinary families take 3 as shipped; the edited register says 1, and a running hub follows it at once
    await syncReference(hub.db, { sources: readReferenceSources(copy.dir) });
    const second = await place(await child(2));
    expect(second.errors[0]).toMatchObject({ message: expect.stringContaining('at most 1'), extensions: { code: 'BAD_USER_INPUT', field: 'input.carerRef' } });
  });

  it("takes a municipality's closure approval from its entry (issue 12), off where the entry leaves it out", async () => {
    expect(REFERENCE_SOURCES.geography.records.municipalities.every((m) => !m.closureApproval)).toBe(true);
    copy.edit('geography', (json) => {
      json.version = '2026-12-02';
      entry(json, 'municipalities', 'code', 'OGRES_NOV').closureApproval = true;
    });
    const report = await syncReference(hub.db, { sources: readReferenceSources(copy.dir) });
    expect(report.registers.find((r) => r.register === 'municipalities')?.changed)
      .toEqual([{ key: 'OGRES_NOV', fields: [{ field: 'closureApproval', old: false, new: true }] }]);
    const settings = await hub.gql(await hub.token('SD-RIGA'), SETTINGS, {});
    expect(settings.data?.municipalities.filter((m) => m.closureNeedsApproval).map((m) => m.code)).toEqual(['OGRES_NOV']);
    // a value other than true or false is refused, naming where it is
    copy.edit('geography', (json) => { entry(json, 'municipalities', 'code', 'OGRES_NOV').closureApproval = 'yes'; });
    expect(() => readReferenceSources(copy.dir)).toThrow(/closureApproval: is not true or false/);
  });

  it("takes an edited plan template into the running hub: activation and missingSections follow the register (issue 19)", async () => {
    const manager = await hub.token('SD-RIGA', UserRole.MANAGER);
    const impaired = async (n: number) => (await openCase(hub, 'RIGA', { targetGroup: 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT',
      client: { personalCode: oldFormCode(daysAfter(TODAY, -2000 - n * 40)), givenName: 'Bērns', familyName: 'Kalns', gender: 'FEMALE',
        declaredMunicipalityCode: 'RIGA' } })).id;
    const activate = async (caseId: string) => hub.gql(manager, SAVE_PLAN, { input: { caseId, status: 'ACTIVE', validFrom: TODAY,
      ...completePlan('CHILD_WITH_FUNCTIONAL_IMPAIRMENT') } });
    // as shipped, the full plan of a child with functional impairments is activated; it names no cooperation partners
    const before = await activate(await impaired(1));
    expect(before.errors).toEqual([]);

    // a fresh copy of the shipped sources (the earlier tests left theirs edited, and one of them broken)
    const templates = copyOfSources();
    try {
      templates.edit('plan-templates', (json) => {
        json.version = '2026-12-03';
        (entry(json, 'templates', 'targetGroup', 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT').requiredSections as string[]).push('COOPERATION_PARTNERS');
      });
      const report = await syncReference(hub.db, { sources: readReferenceSources(templates.dir) });
      expect(report.sources.find((s) => s.source === 'plan-templates'))
        .toEqual({ source: 'plan-templates', from: REFERENCE_SOURCES['plan-templates'].version, to: '2026-12-03', contentChanged: true });
      expect(report.registers.find((r) => r.register === 'plan-templates')).toEqual({ ...noChange('plan-templates'), changed: [{
        key: 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', fields: [{ field: 'requiredSections',
          old: JSON.stringify(['HEALTH', 'FAMILY', 'EDUCATION', 'WISHES_AND_INTERESTS']),
          new: JSON.stringify(['HEALTH', 'FAMILY', 'EDUCATION', 'WISHES_AND_INTERESTS', 'COOPERATION_PARTNERS']) }] }] });
      expect(await hub.db.query(`SELECT version FROM reference_version WHERE source = 'plan-templates'`)).toEqual([{ version: '2026-12-03' }]);

      // the running hub follows the register at once: the same plan is refused, naming the new section; a draft shows it missing
      const after = await activate(await impaired(2));
      expect(after.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.status', missing: ['COOPERATION_PARTNERS'] });
      const draft = await hub.gql(manager, SAVE_PLAN, { input: { caseId: await impaired(3), validFrom: TODAY,
        ...completePlan('CHILD_WITH_FUNCTIONAL_IMPAIRMENT') } });
      expect(draft.data?.saveSupportPlan).toMatchObject({ status: 'DRAFT', missingSections: ['COOPERATION_PARTNERS'] });
      const withPartners = await hub.gql(manager, SAVE_PLAN, { input: { caseId: await impaired(4), status: 'ACTIVE', validFrom: TODAY,
        ...completePlan('CHILD_WITH_FUNCTIONAL_IMPAIRMENT'), cooperationPartners: [{ organisation: 'Rīgas 5. pamatskola', kind: 'SCHOOL',
          role: 'class teacher' }] } });
      expect(withPartners.errors).toEqual([]);
      expect(withPartners.data?.saveSupportPlan.missingSections).toEqual([]);

      // a template naming a section plans do not have, or leaving a target group out, is refused whole, naming where
      templates.edit('plan-templates', (json) => {
        (entry(json, 'templates', 'targetGroup', 'ADULT_WITH_MENTAL_DISORDER').requiredSections as string[]).push('HOBBIES');
      });
      expect(() => readReferenceSources(templates.dir)).toThrow(/plan-templates.json.templates\[2\].requiredSections\[6\]: "HOBBIES" is not one of/);
      templates.edit('plan-templates', (json) => {
        json.templates = entriesOf(json, 'templates').filter((t) => t.targetGroup !== 'ADULT_WITH_MENTAL_DISORDER');
      });
      expect(() => readReferenceSources(templates.dir)).toThrow(/plan-templates.json: no template for ADULT_WITH_MENTAL_DISORDER/);
    } finally {
      rmSync(templates.dir, { recursive: true, force: true });
    }
  });
});
