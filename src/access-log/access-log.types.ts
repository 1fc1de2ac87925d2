import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../kernel/scalars';
import { PageInfo } from '../kernel/connection';
import { Category } from '../kernel/categories';
import { CaseRole, Purpose, UserRole } from '../kernel/principal';
import { AccessKind } from './access-kind';

/** One audit record about a case: who read or changed what, when (never the data itself). */
@ObjectType({ description: 'Who read or changed what in a case, and when (never the data itself)' })
export class AccessLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => AccessKind, { description: 'Read, written, or asked whether it exists' })
  kind!: AccessKind;

  @Field()
  userId!: string;

  @Field(() => UserRole, { description: "The user's role inside their agency" })
  userRole!: UserRole;

  agencyId!: string;

  @Field(() => [CaseRole], { description: "The caller's roles in the case at the time" })
  caseRoles!: CaseRole[];

  @Field(() => String, { nullable: true })
  operation!: string | null;

  @Field(() => [Category], { description: 'Categories read or written' })
  categories!: Category[];

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
