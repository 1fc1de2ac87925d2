import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../kernel/scalars';
import { PageInfo } from '../kernel/connection';
import { Purpose } from '../kernel/principal';

/** One audit record about a case: who read or changed what, when (never the data itself). */
@ObjectType({ description: 'Who read or changed what in a case, and when (never the data itself)' })
export class AccessLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field({ description: 'READ, WRITE or DISCOVERY' })
  kind!: string;

  @Field()
  userId!: string;

  @Field()
  userRole!: string;

  agencyId!: string;

  @Field(() => [String], { description: "The caller's roles in the case at the time" })
  caseRoles!: string[];

  @Field(() => String, { nullable: true })
  operation!: string | null;

  @Field(() => [String], { description: 'Categories read or written' })
  categories!: string[];

  @Field(() => String, { nullable: true, description: 'For writes: the changed type' })
  entity!: string | null;

  @Field(() => [String], { description: 'For writes: the names of the fields changed' })
  fields!: string[];

  @Field(() => Int, { nullable: true })
  oldVersion!: number | null;

  @Field(() => Int, { nullable: true })
  newVersion!: number | null;

  @Field()
  requestId!: string;

  @Field(() => Purpose, { nullable: true, description: 'Why: the purpose of use the request claimed (none before policy v2)' })
  purpose!: Purpose | null;
}

@ObjectType()
export class AccessLogEdge {
  @Field()
  cursor!: string;

  @Field(() => AccessLogEntry)
  node!: AccessLogEntry;
}

@ObjectType({ description: 'A page of the access log of a case, newest first' })
export class AccessLogConnection {
  @Field(() => [AccessLogEdge])
  edges!: AccessLogEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
