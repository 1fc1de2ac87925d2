import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../kernel/scalars';

/** How a child in out-of-family care meets the birth family (seed 000: the support centre organises it). */
export enum BirthFamilyContactKind {
  MEETING = 'MEETING',
  SUPERVISED_MEETING = 'SUPERVISED_MEETING',
  CALL = 'CALL',
  HOME_VISIT = 'HOME_VISIT',
  OVERNIGHT_STAY = 'OVERNIGHT_STAY',
}
registerEnumType(BirthFamilyContactKind, { name: 'BirthFamilyContactKind', description: "How the child meets the birth family",
  valuesConfig: {
    MEETING: { description: 'A meeting (tikšanās)' },
    SUPERVISED_MEETING: { description: 'A meeting with a specialist present (uzraudzīta tikšanās)' },
    CALL: { description: 'A phone or video call' },
    HOME_VISIT: { description: "A visit to the birth family's home" },
    OVERNIGHT_STAY: { description: 'An overnight stay with the birth family' },
  } });

export enum BirthFamilyContactStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BirthFamilyContactStatus, { name: 'BirthFamilyContactStatus', description: 'Where a contact with the birth family stands',
  valuesConfig: {
    PLANNED: { description: 'Planned, not yet held' },
    HELD: { description: 'Held, with its outcome' },
    CANCELLED: { description: 'Did not take place (the outcome says why, when known)' },
  } });

/** A child's contact with the birth family during out-of-family care: planned, then held or cancelled; FAMILY data. */
@ObjectType({ description: "A child's contact with the birth family during out-of-family care: planned, then held (with its outcome) or cancelled" })
export class BirthFamilyContact {
  @Field(() => ID, { description: 'The contact' })
  id!: string;

  caseId!: string;
  organisingAgencyId!: string;

  @Field(() => BirthFamilyContactKind, { nullable: true, description: 'How the child meets the birth family' })
  kind!: BirthFamilyContactKind;

  @Field(() => BirthFamilyContactStatus, { nullable: true, description: 'Planned, held or cancelled' })
  status!: BirthFamilyContactStatus;

  @Field(() => LocalDate, { nullable: true, description: 'The day it is (or was) planned for' })
  plannedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day it was held (null unless HELD)' })
  heldOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Where' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Who of the birth family takes part (as the organiser records it)' })
  participants!: string;

  @Field(() => String, { nullable: true, description: 'What came of it (required once HELD; why, for a cancelled one)' })
  outcome!: string | null;

  @Field(() => String, { nullable: true, description: 'The user of the organising agency who recorded it' })
  organisedByUserId!: string;

  @Field(() => Int, { nullable: true, description: 'Starts at 1, one more with every change (give it as expectedVersion)' })
  version!: number;

  @Field(() => DateTime, { nullable: true, description: 'When it was recorded' })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it last changed' })
  updatedAt!: Date;
}

@InputType({ description: "A contact with the birth family for a child in out-of-family care, as planned (or, after the fact, as held)" })
export class PlanBirthFamilyContactInput {
  @Field(() => ID, { description: "The child's case" })
  caseId!: string;

  @Field(() => BirthFamilyContactKind, { description: 'How the child meets the birth family' })
  kind!: BirthFamilyContactKind;

  @Field(() => LocalDate, { description: 'The day: the child lives outside the family then; at most a year ahead' })
  plannedOn!: string;

  @Field(() => String, { nullable: true, description: 'Where (at most 500 characters)' })
  place?: string | null;

  @Field({ description: 'Who of the birth family takes part (at most 1,000 characters)' })
  participants!: string;
}

@InputType({ description: 'What became of a planned contact, or a correction of its plan' })
export class UpdateBirthFamilyContactInput {
  @Field(() => Int, { description: 'The version read (a stale one is CONFLICT)' })
  expectedVersion!: number;

  @Field(() => BirthFamilyContactStatus, { nullable: true, description: 'HELD (with heldOn and outcome) or CANCELLED; only a PLANNED contact changes status' })
  status?: BirthFamilyContactStatus | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day it was held: not in the future' })
  heldOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What came of it (at most 4,000 characters)' })
  outcome?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'A new day for a contact still PLANNED' })
  plannedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A new place' })
  place?: string | null;
}
