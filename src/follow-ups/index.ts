/** Follow-ups (sekošana): visits, meetings, calls and reviews, each filed under its own category. */
import { defineModule } from '../kernel/module';
import { CaseFollowUpFields } from './case-follow-ups.fields';
import { FollowUpConnectionFields } from './follow-up-connection';
import { FollowUp } from './follow-up.entity';
import { FollowUpFields } from './follow-up.fields';
import { createFollowUpLoaders } from './follow-up.loaders';
import { FollowUpResolver } from './follow-up.resolver';
import { FOLLOW_UP_PROJECTIONS } from './follow-up.projection';

export { FollowUp, FollowUpCategory, FollowUpKind } from './follow-up.entity';

export const followUpsModule = defineModule({
  name: 'follow-ups',
  projections: FOLLOW_UP_PROJECTIONS,
  resolvers: [FollowUpResolver, FollowUpFields, FollowUpConnectionFields, CaseFollowUpFields],
  entities: [FollowUp],
  loaders: { key: 'followUps', create: ({ db, principal, loaders }) => createFollowUpLoaders(db, principal, loaders.cases.caseRoles) },
  facts: (loaders) => ({ followUp: (id) => loaders.followUps.followUpFacts.load(id) }),
});
