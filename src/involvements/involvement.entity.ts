import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../kernel/node';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CaseRole } from '../kernel/principal';
import { DateTime } from '../kernel/scalars';

/** An agency's participation in a case (lietas dalībnieks): the only way an agency reaches a case. */
@ObjectType({ implements: Node, description: "An agency's participation in a case; the only way an agency reaches a case" })
@Entity('involvement')
export class Involvement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Field(() => CaseRole, { nullable: true })
  @Column({ type: 'text' })
  role!: CaseRole;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom!: Date;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When the involvement was ended explicitly' })
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: string | null;

  @Field(() => String, { nullable: true, description: 'The legal basis (tiesiskais pamats) of the involvement' })
  @Column({ name: 'legal_basis' })
  legalBasis!: string;

  @Column({ name: 'created_by_user_id' })
  createdByUserId!: string;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** Whether an involvement grants access at `now`. Mirrors the SQL predicate in involvement scoping. */
export function isActive(involvement: Pick<Involvement, 'validFrom' | 'validUntil' | 'endedAt'>, now: Date): boolean {
  return involvement.endedAt === null && involvement.validFrom <= now
    && (involvement.validUntil === null || involvement.validUntil > now);
}
