/** Involvements (lietas dalībnieki): the only way an agency reaches a case. */
import { defineModule } from '../kernel/module';
import { CaseInvolvementFields } from './case-involvements.fields';
import { Involvement } from './involvement.entity';
import { InvolvementFields } from './involvement.fields';
import { createInvolvementLoaders } from './involvement.loaders';
import { InvolvementResolver } from './involvement.resolver';
import { INVOLVEMENT_PROJECTIONS } from './involvement.projection';

export { Involvement } from './involvement.entity';
export { PREVIOUS_PROVIDER_MONTHS } from './involvement.service';

export const involvementsModule = defineModule({
  name: 'involvements',
  projections: INVOLVEMENT_PROJECTIONS,
  resolvers: [InvolvementResolver, InvolvementFields, CaseInvolvementFields],
  entities: [Involvement],
  loaders: { key: 'involvements', create: ({ db, principal, loaders }) => createInvolvementLoaders(db, principal, loaders.reference.agencyById) },
  facts: (loaders) => ({ caseOfInvolvement: (id) => loaders.involvements.caseOfInvolvement.load(id) }),
  referenceCodes: { 'AddInvolvementInput.agencyCode': 'agency' },
});
