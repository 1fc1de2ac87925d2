import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../kernel/node';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTime, LocalDate } from '../kernel/scalars';

export enum PlacementType {
  FOSTER_FAMILY = 'FOSTER_FAMILY',
  GUARDIAN = 'GUARDIAN',
  ADOPTION_PRE_PLACEMENT = 'ADOPTION_PRE_PLACEMENT',
  INSTITUTION = 'INSTITUTION',
  FAMILY_LIKE_CARE_HOME = 'FAMILY_LIKE_CARE_HOME',
  GROUP_HOME = 'GROUP_HOME',
  YOUTH_HOME = 'YOUTH_HOME',
  CRISIS_CENTRE = 'CRISIS_CENTRE',
  HALFWAY_HOUSE = 'HALFWAY_HOUSE',
  BIRTH_FAMILY = 'BIRTH_FAMILY',
  /** a social correction care home (sociālās korekcijas aprūpes māja, 004 table 1): children 11–18 by age group */
  SOCIAL_CORRECTION_HOME = 'SOCIAL_CORRECTION_HOME',
}
/** Foster family forms (audžuģimenes veids), each with its own capacity and term. */
export enum FosterForm {
  CRISIS = 'CRISIS',
  THERAPEUTIC = 'THERAPEUTIC',
  SPECIALISED = 'SPECIALISED',
  RESPITE = 'RESPITE',
  ORDINARY = 'ORDINARY',
  /** court-ordered foster care for young people with educational compulsory measures (piespiedu audžuģimenes aprūpe, 004) */
  YOUTH_COMPULSORY = 'YOUTH_COMPULSORY',
  /** a parent and their child placed together with the family's support (vecāku un bērnu audžuģimene, 004) */
  PARENT_AND_CHILD = 'PARENT_AND_CHILD',
  /** a guest family hosting a child from an institution (viesģimene, 004) */
  GUEST_FAMILY = 'GUEST_FAMILY',
}
/** Where a child went on leaving out-of-family care (the permanent solution reached, or why care ended). */
export enum ExitDestination {
  RETURNED_HOME = 'RETURNED_HOME',
  ADOPTED = 'ADOPTED',
  GUARDIANSHIP = 'GUARDIANSHIP',
  INDEPENDENT_LIVING = 'INDEPENDENT_LIVING',
  ANOTHER_FORM_OF_CARE = 'ANOTHER_FORM_OF_CARE',
  REACHED_ADULTHOOD = 'REACHED_ADULTHOOD',
}
registerEnumType(PlacementType, { name: 'PlacementType', valuesConfig: {
  SOCIAL_CORRECTION_HOME: { description: 'A social correction care home (sociālās korekcijas aprūpes māja): children of 11 to 18, in age groups' },
} });
registerEnumType(ExitDestination, { name: 'ExitDestination', description: 'Where a child went on leaving out-of-family care (iziešana no ārpusģimenes aprūpes)',
  valuesConfig: {
    RETURNED_HOME: { description: 'Returned to the birth family' },
    ADOPTED: { description: 'Adopted' },
    GUARDIANSHIP: { description: 'Placed under guardianship (aizbildnība) as a permanent solution' },
    INDEPENDENT_LIVING: { description: 'Left to live independently' },
    ANOTHER_FORM_OF_CARE: { description: 'Moved to a form of care outside out-of-family care (e.g. an adult service)' },
    REACHED_ADULTHOOD: { description: 'Care ended at 18' },
  } });
registerEnumType(FosterForm, {
  name: 'FosterForm',
  description: 'Foster family form (audžuģimenes veids, 004 table 2): each with its own capacity and term (data/carer-forms.json)',
  valuesConfig: {
    CRISIS: { description: 'Crisis / short-term (krīzes audžuģimene): up to 6 weeks' },
    THERAPEUTIC: { description: 'Therapeutic (terapeitiskā): at most 3 children, siblings excepted' },
    SPECIALISED: { description: 'Specialised (specializētā): at most 6 children, more only for siblings' },
    RESPITE: { description: "Respite (atslodzes): at most 3 weeks, during a foster family's leave" },
    ORDINARY: { description: 'Ordinary foster family (audžuģimene): at most 3 children' },
    YOUTH_COMPULSORY: { description: 'Court-ordered foster care for young people with educational compulsory measures (piespiedu audžuģimenes aprūpe)' },
    PARENT_AND_CHILD: { description: 'Parent-and-child foster care (vecāku un bērnu audžuģimene)' },
    GUEST_FAMILY: { description: 'Guest family hosting a child from an institution (viesģimene)' },
  },
});

/** Where the client lives under out-of-family care or a residential service (ievietošana). */
@ObjectType({ implements: Node, description: 'Where the client lives: out-of-family care or a residential service' })
@Entity('placement')
export class Placement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Field(() => PlacementType, { nullable: true })
  @Column({ type: 'text' })
  type!: PlacementType;

  @Field(() => FosterForm, { nullable: true })
  @Column({ name: 'foster_form', type: 'text', nullable: true })
  fosterForm!: FosterForm | null;

  @Field(() => String, { nullable: true, description: 'Foster carer, guardian or adopter' })
  @Column({ name: 'carer_name', type: 'text', nullable: true })
  carerName!: string | null;

  @Field(() => String, { nullable: true, description: "Carer's reference in the support centre's register" })
  @Column({ name: 'carer_ref', type: 'text', nullable: true })
  carerRef!: string | null;

  @Field(() => ID, { nullable: true, description: 'The carer of the register (its data: Query.carer, as your relation to it allows)' })
  @Column({ name: 'carer_id', type: 'uuid', nullable: true })
  carerId!: string | null;

  @Column({ name: 'provider_agency_id', type: 'uuid', nullable: true })
  providerAgencyId!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Placed together with siblings' })
  @Column({ name: 'sibling_group', type: 'boolean', default: false })
  siblingGroup!: boolean;

  @Field(() => String, { nullable: true, description: "Why the family's or the home's capacity is exceeded (siblings), when it is" })
  @Column({ name: 'capacity_exception', type: 'text', nullable: true })
  capacityException!: string | null;

  @Field(() => String, { nullable: true, description: "The deciding orphan court's decision reference" })
  @Column({ name: 'court_decision_ref', type: 'text', nullable: true })
  courtDecisionRef!: string | null;

  @Column({ name: 'deciding_agency_id', type: 'uuid', nullable: true })
  decidingAgencyId!: string | null;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => ExitDestination, { nullable: true, description: 'Where the child went when this placement ended the stay in care (null: care went on or has not ended)' })
  @Column({ name: 'exit_destination', type: 'text', nullable: true })
  exitDestination!: ExitDestination | null;

  @Field(() => Boolean, { nullable: true, description: 'Dated before the case was opened (allowed within BACKDATE_WINDOW_DAYS, and flagged)' })
  @Column({ name: 'before_case_opened', type: 'boolean', default: false })
  beforeCaseOpened!: boolean;
}
