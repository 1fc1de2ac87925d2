import { AgencyKind } from '../../src/kernel/principal';
import { REFERENCE_SOURCES } from '../../src/reference/sources';

/**
 * The planning regions and their member municipalities, as published in DOMAIN.md, Geography
 * (Cabinet Regulation No. 418 of 22 June 2021; the corrected brief: Saulkrasti belongs to Vidzeme),
 * copied here by hand so the test runs in a fresh clone without the shared documents. A change of
 * region membership is a change of regulation: edit DOMAIN.md, this table and geography.json together.
 */
const PUBLISHED: Record<string, { cities: string[]; novadi: string[] }> = {
  KURZEME: { cities: ['Liepāja', 'Ventspils'], novadi: ['Dienvidkurzemes', 'Kuldīgas', 'Saldus', 'Talsu', 'Tukuma', 'Ventspils'] },
  LATGALE: { cities: ['Daugavpils', 'Rēzekne'], novadi: ['Augšdaugavas', 'Balvu', 'Krāslavas', 'Līvānu', 'Ludzas', 'Preiļu', 'Rēzeknes'] },
  RIGA: { cities: ['Rīga', 'Jūrmala'], novadi: ['Ādažu', 'Ķekavas', 'Mārupes', 'Olaines', 'Ropažu', 'Salaspils', 'Siguldas'] },
  VIDZEME: {
    cities: [],
    novadi: ['Alūksnes', 'Cēsu', 'Gulbenes', 'Limbažu', 'Madonas', 'Ogres', 'Saulkrastu', 'Smiltenes', 'Valkas', 'Valmieras', 'Varakļānu'],
  },
  ZEMGALE: { cities: ['Jelgava'], novadi: ['Aizkraukles', 'Bauskas', 'Dobeles', 'Jelgavas', 'Jēkabpils'] },
};

const { regions, municipalities } = REFERENCE_SOURCES.geography.records;
const { records: agencies } = REFERENCE_SOURCES.agencies;
const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'lv'));

describe('the geography register (geography.json) against DOMAIN.md', () => {
  it('has the 5 planning regions and 43 municipalities: 7 state cities, 36 novadi', () => {
    expect(regions.map((r) => r.code)).toEqual(Object.keys(PUBLISHED));
    expect(municipalities).toHaveLength(43);
    expect(municipalities.filter((m) => m.kind === 'CITY')).toHaveLength(7);
    expect(municipalities.filter((m) => m.kind === 'NOVADS')).toHaveLength(36);
  });

  it.each(Object.entries(PUBLISHED))('puts exactly the published members in %s', (region, { cities, novadi }) => {
    const members = municipalities.filter((m) => m.regionCode === region);
    expect(sorted(members.filter((m) => m.kind === 'CITY').map((m) => m.name))).toEqual(sorted(cities));
    expect(sorted(members.filter((m) => m.kind === 'NOVADS').map((m) => m.name))).toEqual(sorted(novadi.map((n) => `${n} novads`)));
  });

  it('has Saulkrasti in Vidzeme', () => {
    expect(municipalities.find((m) => m.code === 'SAULKRASTU_NOV')?.regionCode).toBe('VIDZEME');
  });

  it("names each novads' genitive as data: the novads' own name with novada", () => {
    for (const m of municipalities.filter((x) => x.kind === 'NOVADS')) expect([m.code, m.genitive]).toEqual([m.code, m.name.replace(/ novads$/, ' novada')]);
    expect(Object.fromEntries(municipalities.filter((m) => m.kind === 'CITY').map((m) => [m.name, m.genitive]))).toEqual({
      Liepāja: 'Liepājas', Ventspils: 'Ventspils', Daugavpils: 'Daugavpils', Rēzekne: 'Rēzeknes', Rīga: 'Rīgas', Jūrmala: 'Jūrmalas',
      Jelgava: 'Jelgavas',
    });
  });
});

describe('the agency register (agencies.json)', () => {
  it('names every social service and orphan court in the genitive of its municipality, in its region', () => {
    for (const m of municipalities) {
      expect(agencies.find((a) => a.code === `SD-${m.code}`)).toMatchObject(
        { name: `${m.genitive} sociālais dienests`, kind: AgencyKind.SOCIAL_SERVICE, municipalityCode: m.code, regionCode: m.regionCode });
      expect(agencies.find((a) => a.code === `BT-${m.code}`)).toMatchObject(
        { name: `${m.genitive} bāriņtiesa`, kind: AgencyKind.ORPHAN_COURT, municipalityCode: m.code, regionCode: m.regionCode });
    }
    expect(agencies.filter((a) => a.name === 'Liepājas sociālais dienests' || a.name === 'Dienvidkurzemes novada bāriņtiesa'
      || a.name === 'Rīgas bāriņtiesa')).toHaveLength(3);
  });

  it('gives a VSAC branch its region and no municipality', () => {
    const vsac = agencies.filter((a) => a.code.startsWith('VSAC-'));
    expect(vsac.map((a) => [a.code, a.kind, a.municipalityCode, a.regionCode])).toEqual(
      regions.map((r) => [`VSAC-${r.code}`, AgencyKind.INSTITUTION, null, r.code]));
  });

  it('counts 11 assessment teams (3 in Rīga, 2 elsewhere) and 9 support centres (1 in Rīga, 2 elsewhere)', () => {
    const count = (prefix: string) => Object.fromEntries(regions.map((r) => [r.code, agencies.filter((a) => a.code.startsWith(`${prefix}-${r.code}-`)).length]));
    expect(count('AT')).toEqual({ KURZEME: 2, LATGALE: 2, RIGA: 3, VIDZEME: 2, ZEMGALE: 2 });
    expect(count('AC')).toEqual({ KURZEME: 2, LATGALE: 2, RIGA: 1, VIDZEME: 2, ZEMGALE: 2 });
  });
});
