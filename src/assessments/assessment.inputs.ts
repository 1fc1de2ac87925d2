import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../kernel/scalars';
import { ServiceType } from '../plans';
import { AssessmentType } from './assessment.entity';

@InputType({ description: 'An assessment; each sensitive part needs write rights on its own category' })
export class RecordAssessmentInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => AssessmentType)
  type!: AssessmentType;

  @Field(() => LocalDate, { description: 'Not in the future' })
  assessedOn!: string;

  @Field({ nullable: true })
  needsSummary?: string;

  @Field(() => Int, { nullable: true, description: 'Care level 1–4, adults only' })
  careLevel?: number;

  @Field(() => [ServiceType], { nullable: true })
  recommendedServices?: ServiceType[];

  @Field({ nullable: true })
  healthFindings?: string;

  @Field({ nullable: true })
  safetyFindings?: string;

  @Field({ nullable: true })
  familyNotes?: string;

  @Field({ nullable: true, description: "The child's own opinion" })
  childOpinion?: string;
}
