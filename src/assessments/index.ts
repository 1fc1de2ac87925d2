/** Assessments (izvērtējumi): needs, care level, findings by category. */
import { defineModule } from '../kernel/module';
import { Assessment } from './assessment.entity';
import { AssessmentFields } from './assessment.fields';
import { createAssessmentLoaders } from './assessment.loaders';
import { AssessmentResolver } from './assessment.resolver';
import { CaseAssessmentFields } from './case-assessments.fields';
import { ASSESSMENT_PROJECTIONS } from './assessment.projection';

export { Assessment, AssessmentType } from './assessment.entity';

export const assessmentsModule = defineModule({
  name: 'assessments',
  projections: ASSESSMENT_PROJECTIONS,
  resolvers: [AssessmentResolver, AssessmentFields, CaseAssessmentFields],
  entities: [Assessment],
  loaders: { key: 'assessments', create: ({ db, principal, loaders }) => createAssessmentLoaders(db, principal, loaders.reference.agencyById) },
});
