import { Field, ObjectType } from 'type-graphql';
import { UserRole } from '../kernel/principal';
import { Agency } from './agency.entity';

@ObjectType({ description: 'The caller, as the hub knows them' })
export class Me {
  @Field()
  userId!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => Agency)
  agency!: Agency;
}
