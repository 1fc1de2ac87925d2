import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MunicipalityKind } from './municipality-kind';

/** A municipality (pašvaldība): a state city or a novads. Region membership is data, not code. */
@ObjectType({ description: 'A municipality (pašvaldība): a state city or a novads' })
@Entity('municipality')
export class Municipality {
  @Field()
  @PrimaryColumn()
  code!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => MunicipalityKind, { description: 'A state city or a novads' })
  @Column({ type: 'text' })
  kind!: MunicipalityKind;

  @Field()
  @Column({ name: 'region_code' })
  regionCode!: string;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  /** the municipality's own practice, from the reference data (geography.json `closureApproval`) */
  @Field({ description: "Closing a case needs the approval of a MANAGER of the managing social service (the municipality's setting)" })
  @Column({ name: 'closure_needs_approval', type: 'boolean', default: false })
  closureNeedsApproval!: boolean;
}
