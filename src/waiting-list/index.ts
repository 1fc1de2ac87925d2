/** The waiting list for long-term care (rinda ilgstošai sociālajai aprūpei): applications, assessment, offer, admission, removal. */
import { defineModule } from '../kernel/module';
import { CareApplicationFields } from './application.fields';
import { createWaitingListLoaders } from './application.loaders';
import { ApplicationResolver } from './application.resolver';
import { CaseApplicationFields } from './case-applications.fields';

export { LongTermCareService } from './application.types';

export const waitingListModule = defineModule({
  name: 'waiting-list',
  resolvers: [ApplicationResolver, CareApplicationFields, CaseApplicationFields],
  loaders: { key: 'waitingList', create: ({ db, principal }) => createWaitingListLoaders(db, principal) },
  referenceCodes: { 'OfferPlaceInput.providerAgencyCode': 'agency' },
});
