import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTime, LocalDate } from '../kernel/scalars';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  UNSPECIFIED = 'UNSPECIFIED',
}
registerEnumType(Gender, { name: 'Gender' });

/**
 * The person a case is about (klients). One row per person, shared by all their cases; it is only
 * ever reached through a case, and every field is permissioned by that case's involvements.
 */
@ObjectType({ description: 'The person a case is about (klients), as seen through one case' })
@Entity('client')
export class Client {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null (as are the names, address and phone) once the client is pseudonymised. */
  @Field(() => String, { nullable: true, description: 'Personas kods, canonical form with a hyphen' })
  @Column({ name: 'personal_code', type: 'text', nullable: true })
  personalCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Field(() => Gender, { nullable: true })
  @Column({ type: 'text' })
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'Code of the declared municipality' })
  @Column({ name: 'declared_municipality_code' })
  declaredMunicipalityCode!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the personal code, names, address and phone, and the free text of every case of the client, were removed '
      + 'because every case had been closed for longer than the retention period; null while they are kept',
  })
  @Column({ name: 'pseudonymised_at', type: 'timestamptz', nullable: true })
  pseudonymisedAt!: Date | null;
}
