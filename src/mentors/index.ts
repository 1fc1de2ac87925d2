/** Social mentors (sociālie mentori): at most 5 clients each. */
import { defineModule } from '../kernel/module';
import { CaseMentorFields } from './case-mentors.fields';
import { MentorAssignmentFields } from './mentor.fields';
import { createMentorLoaders } from './mentor.loaders';
import { MentorResolver } from './mentor.resolver';

export const mentorsModule = defineModule({
  name: 'mentors',
  resolvers: [MentorResolver, MentorAssignmentFields, CaseMentorFields],
  loaders: { key: 'mentors', create: ({ db, principal }) => createMentorLoaders(db, principal) },
  referenceCodes: { 'AssignMentorInput.providerAgencyCode': 'agency' },
});
