import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyKind } from '../kernel/principal';

/** An agency in the hub's register. Its kind decides what it may do; tokens never carry the kind. */
@ObjectType({ description: "An agency in the hub's register" })
@Entity('agency')
export class Agency {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column()
  code!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => AgencyKind)
  @Column({ type: 'text' })
  kind!: AgencyKind;

  @Field(() => String, { nullable: true })
  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Work e-mail of the agency' })
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone of the agency' })
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone!: string | null;
}
