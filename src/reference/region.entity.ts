import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Planning region (plānošanas reģions). Reference data, maintained by the operator. */
@ObjectType({ description: 'A planning region (plānošanas reģions)' })
@Entity('region')
export class Region {
  @Field()
  @PrimaryColumn()
  code!: string;

  @Field()
  @Column()
  name!: string;
}
