/** Moves between providers (pāreja): the current provider becomes the previous one, the new one is involved. */
import { defineModule } from '../kernel/module';
import { ProviderMoveResolver } from './provider-move.resolver';

export const providerMovesModule = defineModule({
  name: 'provider-moves',
  resolvers: [ProviderMoveResolver],
  referenceCodes: { 'RecordTransitionInput.newProviderAgencyCode': 'agency' },
});
