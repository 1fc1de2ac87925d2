import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Agency } from '../reference';
import { Cell } from '../reporting';
import { ActivityParticipants, CentreService, PartnerKind, SurveyQuestion } from './centre.types';

@ObjectType({ description: "One service's quantitative indicators for the year, from the activities the centre recorded" })
export class ServiceIndicator {
  @Field(() => CentreService, { description: 'The service' })
  service!: CentreService;

  @Field(() => Int, { description: 'Activities recorded in the year' })
  activities!: number;

  @Field(() => Float, { description: 'Their hours together' })
  hours!: number;

  @Field(() => Int, { description: 'Participants together (a participant of two activities counts twice)' })
  participants!: number;

  @Field(() => [ActivityParticipants], { description: 'Participants by kind (kinds with none left out)' })
  participantsByKind!: ActivityParticipants[];

  @Field(() => Int, { description: 'Months of the year with at least one activity' })
  activeMonths!: number;
}

@ObjectType({ description: 'The answers to one question: how many chose each point of the scale, after disclosure control' })
export class QuestionResult {
  @Field(() => SurveyQuestion, { description: 'The question' })
  question!: SurveyQuestion;

  @Field(() => [Cell], { description: 'How many answered 1, 2, 3, 4 and 5 (five cells, in order); 1 to 4 and their complements suppressed' })
  scores!: Cell[];

  @Field(() => Float, { nullable: true, description: 'The mean score, only when no count of the question is suppressed' })
  meanScore!: number | null;
}

@ObjectType({ description: "A closed partner survey's results, per question" })
export class SurveyResult {
  @Field(() => PartnerKind, { description: 'Who was asked' })
  partnerKind!: PartnerKind;

  @Field(() => Cell, { description: 'How many answered (every response answers every question); 1 to 4 suppressed' })
  responses!: Cell;

  @Field(() => [QuestionResult], { description: 'The results of each question, in order' })
  questions!: QuestionResult[];
}

@ObjectType({ description: "A support centre's yearly evaluation: the indicators of its 14 services and its partners' survey results" })
export class CentreEvaluation {
  @Field(() => Agency, { description: 'The support centre' })
  centre!: Agency;

  @Field(() => Int, { description: 'The year evaluated' })
  year!: number;

  @Field(() => Int, { description: 'Counts of survey answers from 1 to this minus one are suppressed' })
  suppressionThreshold!: number;

  @Field(() => [ServiceIndicator], { description: 'Each service of the register, in order, with its indicators (zeros included)' })
  indicators!: ServiceIndicator[];

  @Field(() => [SurveyResult], { description: 'The results of the partner surveys of the year that are closed (an open one shows nothing yet)' })
  surveys!: SurveyResult[];
}
