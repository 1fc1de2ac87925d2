import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { declaredReferenceCodes, staleReferenceCodes } from '../../src/app/reference-codes';
import { buildBareSchema } from '../../src/app/schema';
import { unknownCode } from '../../src/kernel/reference-codes';

/** Inputs that look like a register's code but are not one. */
const NOT_REGISTER_CODES = new Set(['ClientInput.personalCode', 'RequestEmergencyAccessInput.personalCode', 'Query.caseExists.personalCode',
  'Query.accessReport.personalCode']);

describe('the inputs that take a code of a public register', () => {
  it('are every String input field and argument named like a code or a region, each declared by its feature', async () => {
    const schema = await buildBareSchema();
    const candidates: string[] = [];
    const looksLikeCode = (name: string) => /Code$|^region$/.test(name);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) {
          if (looksLikeCode(f.name) && getNamedType(f.type).name === 'String') candidates.push(`${type.name}.${f.name}`);
        }
      } else if (isObjectType(type) && (type === schema.getQueryType() || type === schema.getMutationType())) {
        for (const field of Object.values(type.getFields())) {
          for (const a of field.args) {
            if (looksLikeCode(a.name) && getNamedType(a.type).name === 'String') candidates.push(`${type.name}.${field.name}.${a.name}`);
          }
        }
      }
    }
    const declared = declaredReferenceCodes();
    expect(candidates.filter((c) => !NOT_REGISTER_CODES.has(c) && !(c in declared)).sort()).toEqual([]);
    expect(staleReferenceCodes(schema, declared)).toEqual([]);
    expect(staleReferenceCodes(schema, { 'ClientInput.declaredMunicipality': 'municipality', 'Query.trend.area': 'region' }))
      .toEqual(['ClientInput.declaredMunicipality', 'Query.trend.area']);
  });

  it.each([
    ['ATLANTIDA', 'unknown municipality code ATLANTIDA'],
    ['SD-ATLANTIDA_NOV', 'unknown municipality code SD-ATLANTIDA_NOV'],
    // not repeated: a personal code, a name, anything not shaped like a code
    ['010190-12349', 'unknown municipality code'],
    ['Anna Bērziņa', 'unknown municipality code'],
    ['x'.repeat(80).toUpperCase(), 'unknown municipality code'],
  ])('words an unknown code %p as %p, naming the field', (code, message) => {
    expect(unknownCode('input.client.declaredMunicipalityCode', 'municipality', code).extensions)
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.client.declaredMunicipalityCode' });
    expect(unknownCode('input.client.declaredMunicipalityCode', 'municipality', code).message).toBe(message);
  });
});
