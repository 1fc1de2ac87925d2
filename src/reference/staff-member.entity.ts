import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A user of an agency the hub knows by name (a case manager), keyed by the agency and the token's
 * subject: a subject is unique only within its agency's identity provider.
 */
@Entity('staff_member')
export class StaffMember {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @PrimaryColumn({ name: 'user_id' })
  userId!: string;

  @Column({ name: 'full_name' })
  fullName!: string;

  @Column({ name: 'work_email', type: 'text', nullable: true })
  workEmail!: string | null;

  @Column({ name: 'work_phone', type: 'text', nullable: true })
  workPhone!: string | null;
}
