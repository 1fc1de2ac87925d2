import { Field, InputType, registerEnumType } from 'type-graphql';
import { CaseRole } from '../kernel/principal';
import { Gender } from '../clients';
import { DateTime, LocalDate } from '../kernel/scalars';
import { CaseStatus, IntakeType, TargetGroup } from './case.entity';

export enum CaseOrder {
  /** most recently changed first (default) */
  UPDATED_DESC = 'UPDATED_DESC',
  /** oldest change first: for systems that sync with `updatedSince` */
  UPDATED_ASC = 'UPDATED_ASC',
}
registerEnumType(CaseOrder, { name: 'CaseOrder' });

@InputType({ description: 'Narrows a case list; all given conditions must hold' })
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true })
  status?: CaseStatus[];

  @Field(() => [TargetGroup], { nullable: true })
  targetGroup?: TargetGroup[];

  @Field(() => [String], { nullable: true, description: 'Responsible municipality codes' })
  municipalityCode?: string[];

  @Field(() => DateTime, { nullable: true, description: 'Only cases changed at or after this instant' })
  updatedSince?: Date;

  @Field(() => CaseRole, { nullable: true, description: "Only cases where the caller's agency has this role" })
  myRole?: CaseRole;
}

@InputType({ description: 'The client; used only when the hub does not know the personal code yet' })
export class ClientInput {
  @Field({ description: 'DDMMYY-CNNNK or 32NNNN-NNNNN, hyphen optional' })
  personalCode!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Required for new-form codes, which carry no birth date' })
  birthDate?: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field()
  declaredMunicipalityCode!: string;

  @Field({ nullable: true })
  address?: string;

  @Field({ nullable: true })
  phone?: string;
}

@InputType()
export class OpenCaseInput {
  @Field(() => ClientInput)
  client!: ClientInput;

  @Field(() => TargetGroup)
  targetGroup!: TargetGroup;

  @Field(() => IntakeType)
  intakeType!: IntakeType;

  @Field({ nullable: true, description: 'Who reported the client; required for MANDATORY intake' })
  reportedBy?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today' })
  openedOn?: string;
}
