import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A user of an agency the hub knows by name (a case manager), keyed by the token's subject. */
@Entity('staff_member')
export class StaffMember {
  @PrimaryColumn({ name: 'user_id' })
  userId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'full_name' })
  fullName!: string;

  @Column({ name: 'work_email', type: 'text', nullable: true })
  workEmail!: string | null;

  @Column({ name: 'work_phone', type: 'text', nullable: true })
  workPhone!: string | null;
}
