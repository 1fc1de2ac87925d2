/**
 * The support centre's services and its yearly evaluation (ārpusģimenes aprūpes atbalsta centra
 * pakalpojumi un to izvērtējums, seed 000): activities per service, partner surveys answered
 * anonymously, and the evaluation of a year.
 */
import { defineModule } from '../kernel/module';
import { CentreResolver } from './centre.resolver';

export { isTokenRefusal, submitSurveyAnswers, statusOf as surveyAnswerStatus } from './survey-answers';
export type { SurveyAnswersBody } from './survey-answers';

export const centreServicesModule = defineModule({
  name: 'centre-services',
  resolvers: [CentreResolver],
  referenceCodes: {
    'RecordCentreActivityInput.serviceCode': 'centre service', 'Query.centreActivities.serviceCode': 'centre service',
    'Query.centreEvaluation.centreCode': 'agency',
  },
});
