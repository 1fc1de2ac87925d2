import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Category } from '../kernel/categories';
import { PageInfo } from '../kernel/connection';
import { Purpose } from '../kernel/principal';
import { DateTime } from '../kernel/scalars';
import { AccessKind } from './access-kind';

/**
 * One use of a person's case data, as the person sees it (GDPR Art. 15): when, which agency,
 * which categories, why. Never who in the agency, never anything about other persons.
 */
@ObjectType({ description: "One use of a person's case data: when, which agency, which categories, why (never staff names)" })
export class AccessReportEntry {
  @Field(() => ID, { description: 'The audit record it comes from' })
  id!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => AccessKind, { description: 'Read, written, or asked whether it exists' })
  kind!: AccessKind;

  agencyId!: string;

  @Field(() => [Category], { description: 'Categories read or written' })
  categories!: Category[];

  @Field(() => Purpose, { nullable: true, description: 'Why (none for uses before purposes were recorded)' })
  purpose!: Purpose | null;
}

@ObjectType()
export class AccessReportEdge {
  @Field()
  cursor!: string;

  @Field(() => AccessReportEntry)
  node!: AccessReportEntry;
}

@ObjectType({ description: "A person's own access report, newest first" })
export class AccessReport {
  @Field(() => [AccessReportEdge])
  edges!: AccessReportEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;

  @Field({ description: 'Some entries are withheld by law (an orphan court restriction); which ones is not said' })
  withheldByLaw!: boolean;
}

@InputType()
export class RestrictAccessReportInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'true to withhold the case from the access report, false to lift the restriction' })
  restricted!: boolean;

  @Field(() => String, { nullable: true, description: "The court's decision or legal basis (required to restrict)" })
  basis?: string | null;
}
