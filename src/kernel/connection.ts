import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a connection stands (Relay cursor connections): page on with `after: endCursor`' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page' })
  hasNextPage!: boolean;

  @Field({
    description: 'Whether items come before this page: true when it was asked `after` a cursor (pages go forward only: '
      + 'a client keeps the cursors it has passed)',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The first item's cursor; null for an empty page" })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The last item's cursor, to ask the next page with `after`; null for an empty page" })
  endCursor!: string | null;
}

/** A page's info from its edges: whether more follow, and where it started (`after`, the cursor it was asked from). */
export function pageInfoOf(edges: readonly { cursor: string }[], hasNextPage: boolean, after: string | null | undefined): PageInfo {
  return { hasNextPage, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}
