import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../kernel/node';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTime, LocalDate } from '../kernel/scalars';
import { ServiceType } from '../plans';

export enum AssessmentType {
  INITIAL = 'INITIAL',
  REASSESSMENT = 'REASSESSMENT',
  /** individuālo vajadzību un dzīves kvalitātes izvērtējums */
  NEEDS_AND_QUALITY_OF_LIFE = 'NEEDS_AND_QUALITY_OF_LIFE',
  HOME_VISIT = 'HOME_VISIT',
  /** riska faktoru izvērtējums (MK noteikumi Nr. 291) */
  RISK_FACTORS = 'RISK_FACTORS',
  /** aprūpes līmenis, adults I–IV */
  CARE_LEVEL = 'CARE_LEVEL',
}
registerEnumType(AssessmentType, { name: 'AssessmentType' });

/**
 * An assessment (izvērtējums) of the client. The sensitive parts (health, safety, family, the
 * child's opinion) are separate fields so that each is permissioned under its own category.
 */
@ObjectType({ implements: Node, description: 'An assessment (izvērtējums) of the client' })
@Entity('assessment')
export class Assessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Field(() => AssessmentType, { nullable: true })
  @Column({ type: 'text' })
  type!: AssessmentType;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  @Column({ name: 'author_agency_id', type: 'uuid' })
  authorAgencyId!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'author_user_id' })
  authorUserId!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'needs_summary', type: 'text', nullable: true })
  needsSummary!: string | null;

  @Field(() => Int, { nullable: true, description: 'Care level I–IV (adults only)' })
  @Column({ name: 'care_level', type: 'smallint', nullable: true })
  careLevel!: number | null;

  @Field(() => [ServiceType], { nullable: true })
  @Column({ name: 'recommended_services', type: 'text', array: true })
  recommendedServices!: ServiceType[];

  @Field(() => String, { nullable: true, description: 'Diagnoses, disability, medication, psychological findings' })
  @Column({ name: 'health_findings', type: 'text', nullable: true })
  healthFindings!: string | null;

  @Field(() => String, { nullable: true, description: 'Risk factors, signs of violence or neglect, threats' })
  @Column({ name: 'safety_findings', type: 'text', nullable: true })
  safetyFindings!: string | null;

  @Field(() => String, { nullable: true, description: 'Birth family, siblings, genogram and ecomap notes' })
  @Column({ name: 'family_notes', type: 'text', nullable: true })
  familyNotes!: string | null;

  @Field(() => String, { nullable: true, description: "The child's own opinion (bērna viedoklis)" })
  @Column({ name: 'child_opinion', type: 'text', nullable: true })
  childOpinion!: string | null;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'Dated before the case was opened (allowed within BACKDATE_WINDOW_DAYS, and flagged)' })
  @Column({ name: 'before_case_opened', type: 'boolean', default: false })
  beforeCaseOpened!: boolean;
}
