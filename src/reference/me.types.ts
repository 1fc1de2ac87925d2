import { Field, ObjectType } from 'type-graphql';
import { Purpose, UserRole } from '../kernel/principal';
import { Agency } from './agency.entity';

@ObjectType({ description: 'The caller, as the hub knows them' })
export class Me {
  @Field()
  userId!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => Purpose, { description: 'The purpose of use this request claimed' })
  purpose!: Purpose;

  @Field(() => Agency)
  agency!: Agency;
}
