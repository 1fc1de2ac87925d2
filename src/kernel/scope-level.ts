import { registerEnumType } from 'type-graphql';

/** How wide an analyst's aggregates reach (the scope the policy grants, access/decide.ts aggregateScope). */
export enum ScopeLevel {
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  NATIONAL = 'NATIONAL',
}

registerEnumType(ScopeLevel, {
  name: 'ScopeLevel',
  description: "The reach of an analyst's aggregates",
  valuesConfig: {
    MUNICIPALITY: { description: "One municipality (pašvaldība): an analyst of its social service or orphan court" },
    REGION: { description: "One planning region (plānošanas reģions): an analyst of the region's oversight office" },
    NATIONAL: { description: 'All of Latvia: an analyst of the ministry or the inspectorate' },
  },
});
