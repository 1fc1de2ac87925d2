import { Field, ObjectType } from 'type-graphql';

/** The managing social service, by name and work contact: all discovery discloses. */
@ObjectType({ description: 'A managing social service and its work contact' })
export class ServiceContact {
  @Field()
  agencyCode!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;
}

@ObjectType({ description: 'Whether an open case exists for a personal code, and who manages it; nothing more' })
export class CaseExistence {
  @Field()
  exists!: boolean;

  @Field(() => [ServiceContact], { description: 'One per open case (a client may have one per target group)' })
  managingServices!: ServiceContact[];
}
