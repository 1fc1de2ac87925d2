import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../kernel/node';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTime, LocalDate } from '../kernel/scalars';

/** The three target groups of the deinstitutionalisation plan. */
export enum TargetGroup {
  CHILD_WITHOUT_PARENTAL_CARE = 'CHILD_WITHOUT_PARENTAL_CARE',
  CHILD_WITH_FUNCTIONAL_IMPAIRMENT = 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT',
  ADULT_WITH_MENTAL_DISORDER = 'ADULT_WITH_MENTAL_DISORDER',
}

/** Voluntary: the client came themselves; mandatory: reported by an institution or a person. */
export enum IntakeType {
  VOLUNTARY = 'VOLUNTARY',
  MANDATORY = 'MANDATORY',
}

/** Where the case stands in its lifecycle (intake → … → closed). */
export enum CaseStatus {
  INTAKE = 'INTAKE',
  ASSESSMENT = 'ASSESSMENT',
  PLANNING = 'PLANNING',
  IMPLEMENTATION = 'IMPLEMENTATION',
  EVALUATION = 'EVALUATION',
  POST_CLOSURE_MONITORING = 'POST_CLOSURE_MONITORING',
  CLOSED = 'CLOSED',
}

registerEnumType(TargetGroup, { name: 'TargetGroup' });
registerEnumType(IntakeType, { name: 'IntakeType' });
registerEnumType(CaseStatus, { name: 'CaseStatus' });

/** The shared case (gadījums / lieta), managed by the social service of the client's municipality. */
@ObjectType('Case', { implements: Node, description: 'The shared case, managed by the social service of the client municipality' })
@Entity('care_case')
export class Case {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Field(() => TargetGroup, { nullable: true })
  @Column({ name: 'target_group', type: 'text' })
  targetGroup!: TargetGroup;

  @Field(() => IntakeType, { nullable: true })
  @Column({ name: 'intake_type', type: 'text' })
  intakeType!: IntakeType;

  @Field(() => String, { nullable: true, description: 'Who reported a mandatory case' })
  @Column({ name: 'reported_by', type: 'text', nullable: true })
  reportedBy!: string | null;

  @Field(() => CaseStatus, { nullable: true })
  @Column({ type: 'text' })
  status!: CaseStatus;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'responsible_municipality_code' })
  responsibleMunicipalityCode!: string;

  /** The case manager is a staff member of the managing social service: (agency, user) together. */
  @Column({ name: 'case_manager_agency_id', type: 'uuid', nullable: true })
  caseManagerAgencyId!: string | null;

  @Column({ name: 'case_manager_user_id', type: 'text', nullable: true })
  caseManagerUserId!: string | null;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** The latest change of any kind; callers see `Case.updatedAt` per what they may read (case.fields.ts). */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Incremented on every change of the case record' })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /**
   * Set by the case's orphan court: the person's access report (for a child, seen by the legal
   * representative) leaves this case out and says only that entries are withheld by law.
   */
  @Field(() => DateTime, { nullable: true, description: "When the orphan court withheld this case from the person's access report" })
  @Column({ name: 'report_restricted_at', type: 'timestamptz', nullable: true })
  reportRestrictedAt!: Date | null;
}
