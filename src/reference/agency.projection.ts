import { column, firstOf, Projections, RelationSql } from '../kernel/projection';

/** An agency's columns, as compiled reads build them (kernel/projection.ts). */
export const AGENCY_PROJECTIONS: Projections = {
  Agency: {
    fields: {
      id: column('id'), code: column('code'), name: column('name'), kind: column('kind'), municipalityCode: column('municipality_code'),
      regionCode: column('region_code'), contactEmail: column('contact_email'), contactPhone: column('contact_phone'),
    },
  },
};

/** A link to the agency whose id the row holds in `idColumn` (an author, a provider): as `agencyOf` resolves it. */
export function agencyLink(idColumn: string): RelationSql {
  return firstOf({ type: 'Agency', table: 'agency', key: 'id', parentColumn: idColumn });
}
