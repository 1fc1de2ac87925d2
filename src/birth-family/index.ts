/** A child's contacts with the birth family during out-of-family care (issue 13; seed 000: organised by the support centre). */
import { defineModule } from '../kernel/module';
import { createBirthFamilyLoaders } from './contact.loaders';
import { BirthFamilyContactResolver, CaseBirthFamilyFields } from './contact.resolver';

export { BirthFamilyContactKind, BirthFamilyContactStatus } from './contact.types';

export const birthFamilyModule = defineModule({
  name: 'birth-family',
  resolvers: [BirthFamilyContactResolver, CaseBirthFamilyFields],
  loaders: { key: 'birthFamily', create: ({ db, principal }) => createBirthFamilyLoaders(db, principal) },
  facts: (loaders) => ({ birthFamilyContact: (id) => loaders.birthFamily.contactFacts.load(id) }),
});
