/** Social mentors (sociālie mentori): each agency's register, and assignments of at most 5 clients per mentor. */
import { defineModule } from '../kernel/module';
import { CaseMentorFields } from './case-mentors.fields';
import { MentorAssignmentFields } from './mentor.fields';
import { createMentorLoaders } from './mentor.loaders';
import { MentorRegisterResolver } from './mentor-register.resolver';
import { MentorResolver } from './mentor.resolver';

export { MENTOR_CLIENT_LIMIT } from './mentor.service';

export const mentorsModule = defineModule({
  name: 'mentors',
  resolvers: [MentorResolver, MentorRegisterResolver, MentorAssignmentFields, CaseMentorFields],
  loaders: { key: 'mentors', create: ({ db, principal }) => createMentorLoaders(db, principal) },
  facts: (loaders) => ({ caseOfMentorAssignment: (id) => loaders.mentors.caseOfMentorAssignment.load(id) }),
});
