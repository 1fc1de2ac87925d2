import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../kernel/connection';
import { DateTime, LocalDate } from '../kernel/scalars';

/** Who took part in an activity, counted by kind: people are never named (the carer register is another feature's). */
export enum ParticipantKind {
  FOSTER_FAMILY = 'FOSTER_FAMILY',
  GUARDIAN = 'GUARDIAN',
  ADOPTER = 'ADOPTER',
  PROSPECTIVE_CARER = 'PROSPECTIVE_CARER',
  CHILD = 'CHILD',
  BIRTH_FAMILY_MEMBER = 'BIRTH_FAMILY_MEMBER',
  SPECIALIST = 'SPECIALIST',
  OTHER = 'OTHER',
}
registerEnumType(ParticipantKind, {
  name: 'ParticipantKind',
  description: 'A kind of participant in a support centre activity, counted and never named',
  valuesConfig: {
    FOSTER_FAMILY: { description: 'A foster family (audžuģimene), counted once per family' },
    GUARDIAN: { description: 'A guardian (aizbildnis)' },
    ADOPTER: { description: 'An adopter or adoptive family (adoptētājs)' },
    PROSPECTIVE_CARER: { description: 'A candidate foster family, guardian or adopter in preparation or training' },
    CHILD: { description: 'A child placed in out-of-family care, or a carer\'s own child' },
    BIRTH_FAMILY_MEMBER: { description: "A member of a placed child's birth family (bioloģiskā ģimene)" },
    SPECIALIST: { description: 'A specialist of a partner agency (orphan court, social service, school, …)' },
    OTHER: { description: 'Anyone else (members of the public at an information event, volunteers)' },
  },
});

/** The partners a centre's yearly evaluation asks (seed 000). */
export enum PartnerKind {
  ORPHAN_COURT = 'ORPHAN_COURT',
  SOCIAL_SERVICE = 'SOCIAL_SERVICE',
  FOSTER_FAMILY = 'FOSTER_FAMILY',
  GUARDIAN = 'GUARDIAN',
  SUPPORT_GROUP_MEMBER = 'SUPPORT_GROUP_MEMBER',
}
registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: "A kind of partner a support centre's yearly survey asks (sadarbības partneri)",
  valuesConfig: {
    ORPHAN_COURT: { description: 'Orphan courts (bāriņtiesas)' },
    SOCIAL_SERVICE: { description: 'Social services (sociālie dienesti)' },
    FOSTER_FAMILY: { description: 'Foster families (audžuģimenes)' },
    GUARDIAN: { description: 'Guardians (aizbildņi)' },
    SUPPORT_GROUP_MEMBER: { description: 'Members of the support groups (atbalsta grupu dalībnieki)' },
  },
});

/** What the five points of a question's scale mean. */
export enum LikertScale {
  AGREEMENT = 'AGREEMENT',
  QUALITY = 'QUALITY',
  CLARITY = 'CLARITY',
  SUFFICIENCY = 'SUFFICIENCY',
}
registerEnumType(LikertScale, {
  name: 'LikertScale',
  description: 'What the five points of a survey question mean, 1 the least and 5 the most',
  valuesConfig: {
    AGREEMENT: { description: '1 strongly disagree … 5 strongly agree' },
    QUALITY: { description: '1 very poor … 5 very good' },
    CLARITY: { description: '1 not clear at all … 5 entirely clear' },
    SUFFICIENCY: { description: '1 not at all sufficient … 5 fully sufficient and right for the needs' },
  },
});

@ObjectType({ description: "One of a support centre's services (atbalsta centra pakalpojums, seed 000), from the register" })
export class CentreService {
  @Field({ description: 'The code of the service in the register (centre-services.json)' })
  code!: string;

  @Field(() => Int, { description: "The service's place in the seed's list of 14" })
  position!: number;

  @Field({ description: 'The name in Latvian, as the delegation contract names it' })
  name!: string;

  @Field({ description: 'The name in English' })
  nameEn!: string;
}

@ObjectType({ description: 'A question of a partner survey, answered on a 5-point scale (from the register survey-questions.json)' })
export class SurveyQuestion {
  @Field({ description: 'The code of the question in the register' })
  code!: string;

  @Field(() => PartnerKind, { description: 'Who the question is asked of' })
  partnerKind!: PartnerKind;

  @Field(() => Int, { description: "The question's place among its partner kind's questions" })
  position!: number;

  @Field(() => LikertScale, { description: 'What its five points mean' })
  scale!: LikertScale;

  @Field({ description: 'The question in Latvian, as asked' })
  text!: string;

  @Field({ description: 'The question in English' })
  textEn!: string;
}

@InputType({ description: 'How many of one kind took part' })
export class ParticipantCountInput {
  @Field(() => ParticipantKind, { description: 'Who took part' })
  kind!: ParticipantKind;

  @Field(() => Int, { description: 'How many (1 to 1000); a foster family counts once' })
  count!: number;
}

@InputType({ description: "An activity of the support centre's service (e.g. a training session, a support group meeting, a crisis call)" })
export class RecordCentreActivityInput {
  @Field({ description: 'The service, by its code in the register (centreServices)' })
  serviceCode!: string;

  @Field(() => LocalDate, { description: 'The day of the activity: not in the future, and no earlier than the backdate window allows' })
  occurredOn!: string;

  @Field(() => Float, { description: 'The hours it took, more than 0 and at most 24, in steps of a quarter hour' })
  hours!: number;

  @Field(() => [ParticipantCountInput], { description: 'Who took part, counted by kind (each kind once); at least one' })
  participants!: ParticipantCountInput[];

  @Field(() => [ID], { nullable: true, description: 'Cases the activity was part of: only cases your centre is involved in now (at most 20)' })
  caseIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A short note on the activity (at most 500 characters); not about a person' })
  note?: string | null;
}

@ObjectType({ description: 'How many of one kind took part' })
export class ActivityParticipants {
  @Field(() => ParticipantKind, { description: 'Who took part' })
  kind!: ParticipantKind;

  @Field(() => Int, { description: 'How many' })
  count!: number;
}

@ObjectType({ description: "An activity your support centre recorded under one of its services" })
export class CentreActivity {
  @Field(() => ID, { description: 'The id of the activity' })
  id!: string;

  @Field({ description: 'The service, by its register code' })
  serviceCode!: string;

  @Field(() => LocalDate, { description: 'The day of the activity' })
  occurredOn!: string;

  @Field(() => Float, { description: 'The hours it took' })
  hours!: number;

  @Field(() => [ActivityParticipants], { description: 'Who took part, counted by kind' })
  participants!: ActivityParticipants[];

  @Field(() => [ID], { description: 'The cases it was part of, as recorded' })
  caseIds!: string[];

  @Field(() => String, { nullable: true, description: 'The note recorded with it' })
  note!: string | null;

  @Field(() => DateTime, { description: 'When it was recorded' })
  recordedAt!: Date;
}

@ObjectType({ description: "A page of your centre's activities" })
export class CentreActivityEdge {
  @Field({ description: 'Where this activity is in the list, for `after`' })
  cursor!: string;

  @Field(() => CentreActivity, { description: 'The activity' })
  node!: CentreActivity;
}

@ObjectType({ description: "Your centre's activities, newest first" })
export class CentreActivityConnection {
  @Field(() => [CentreActivityEdge], { description: 'This page of activities' })
  edges!: CentreActivityEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more, and where this page ends' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many activities the filter selects' })
  totalCount!: number;
}

@ObjectType({ description: "One month's activities of one service: how many, how long, how many took part" })
export class CentreActivityCount {
  @Field({ description: 'The month, YYYY-MM' })
  month!: string;

  @Field({ description: 'The service, by its register code' })
  serviceCode!: string;

  @Field(() => Int, { description: 'Activities recorded' })
  activities!: number;

  @Field(() => Float, { description: 'Their hours together' })
  hours!: number;

  @Field(() => Int, { description: 'Participants together (a participant of two activities counts twice)' })
  participants!: number;
}

@InputType({ description: 'A partner survey for a year and a kind of partner' })
export class OpenPartnerSurveyInput {
  @Field(() => Int, { description: 'The year the survey evaluates' })
  year!: number;

  @Field(() => PartnerKind, { description: 'Who it asks' })
  partnerKind!: PartnerKind;
}

@ObjectType({ description: "A partner survey of your centre: answered anonymously with one-time tokens; results once it is closed" })
export class PartnerSurvey {
  @Field(() => ID, { description: 'The id of the survey' })
  id!: string;

  @Field(() => Int, { description: 'The year it evaluates' })
  year!: number;

  @Field(() => PartnerKind, { description: 'Who it asks' })
  partnerKind!: PartnerKind;

  @Field(() => DateTime, { description: 'When it was opened' })
  openedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it was closed (no answers taken since; its results are published)' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Response tokens issued' })
  tokensIssued!: number;

  @Field(() => Int, { description: 'Responses received' })
  responses!: number;

  @Field(() => [SurveyQuestion], { description: 'What it asks, in order' })
  questions!: SurveyQuestion[];
}

@ObjectType({ description: 'One-time response tokens: handed to respondents, shown once, kept by the hub only as hashes' })
export class IssuedSurveyTokens {
  @Field(() => PartnerSurvey, { description: 'The survey they answer' })
  survey!: PartnerSurvey;

  @Field(() => [String], { description: 'The tokens; each answers the survey once (POST /surveys/answers), without any login' })
  tokens!: string[];
}
