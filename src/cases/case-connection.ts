import { Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { PageInfo } from '../kernel/connection';
import { Case } from './case.entity';
import type { ReachedCase } from './case.loaders';
import type { CasePage } from './case.service';

@ObjectType()
export class CaseEdge {
  @Field()
  cursor!: string;

  @Field(() => Case)
  node!: ReachedCase;
}

@ObjectType({ description: 'A page of the cases the caller reaches' })
export class CaseConnection {
  @Field(() => [CaseEdge])
  edges!: CaseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  count!: CasePage['count'];
}

@Resolver(() => CaseConnection)
export class CaseConnectionFields {
  @FieldResolver(() => Int, { description: 'All cases matching the filter that the caller reaches' })
  totalCount(@Root() page: CaseConnection): Promise<number> {
    return page.count();
  }
}
