import { column, instant, Projections } from '../kernel/projection';

/** A client's columns, as compiled reads build them (kernel/projection.ts). */
export const CLIENT_PROJECTIONS: Projections = {
  Client: {
    fields: {
      id: column('id'), personalCode: column('personal_code'), givenName: column('given_name'), familyName: column('family_name'),
      birthDate: column('birth_date'), gender: column('gender'), declaredMunicipalityCode: column('declared_municipality_code'),
      address: column('address'), phone: column('phone'), updatedAt: instant('updated_at'), pseudonymisedAt: instant('pseudonymised_at'),
    },
  },
};
