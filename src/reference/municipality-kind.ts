import { registerEnumType } from 'type-graphql';

/** The two kinds of Latvian municipality since the 2021 reform. */
export enum MunicipalityKind {
  CITY = 'CITY',
  NOVADS = 'NOVADS',
}

registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  description: 'The kind of a municipality',
  valuesConfig: {
    CITY: { description: 'A state city (valstspilsēta)' },
    NOVADS: { description: 'A municipality (novads)' },
  },
});
