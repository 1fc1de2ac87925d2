/** Clients (klienti): the person a case is about, known by a canonical personal code. */
import { defineModule } from '../kernel/module';
import { Client } from './client.entity';
import { createClientLoaders } from './client.loaders';
import { CLIENT_PROJECTIONS } from './client.projection';

export { Client, Gender } from './client.entity';
export type { ClientLoaders } from './client.loaders';
export { checkDigit, checkPersonalCode } from './personal-code';

export const clientsModule = defineModule({
  name: 'clients',
  projections: CLIENT_PROJECTIONS,
  resolvers: [],
  entities: [Client],
  loaders: { key: 'clients', create: ({ db, principal }) => createClientLoaders(db, principal) },
});
