import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../kernel/scalars';
import { FosterForm, PlacementType } from './placement.entity';

@InputType({ description: 'Where the client is to live' })
export class PlacementDetailsInput {
  @Field(() => PlacementType)
  type!: PlacementType;

  @Field(() => FosterForm, { nullable: true, description: 'Required for, and only for, FOSTER_FAMILY' })
  fosterForm?: FosterForm;

  @Field({ nullable: true, description: 'Foster carer, guardian or adopter' })
  carerName?: string;

  @Field({ nullable: true, description: "Before the carer register: the carer's reference as text (kept for those placements; give carerId instead)" })
  carerRef?: string;

  @Field(() => ID, { nullable: true, description: "The carer of the register (an ACTIVE carer of the placement's kind); a foster family's capacity and term are checked on it" })
  carerId?: string;

  @Field({ nullable: true, description: 'Code of the institution or service provider' })
  providerAgencyCode?: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true })
  endsOn?: string;

  @Field({ nullable: true, description: "The orphan court's decision reference" })
  courtDecisionRef?: string;

  @Field({ defaultValue: false, description: 'Placed together with siblings' })
  siblingGroup!: boolean;

  @Field({ nullable: true, description: "Why siblings placed together may exceed the family's or the home's capacity" })
  capacityExceptionReason?: string;
}

@InputType({ description: "A placement decided by the orphan court; it ends the case's current placement" })
export class RecordPlacementInput extends PlacementDetailsInput {
  @Field(() => ID)
  caseId!: string;
}
