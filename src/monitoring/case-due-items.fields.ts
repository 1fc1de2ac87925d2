import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { today } from '../kernel/dates';
import { LocalDate } from '../kernel/scalars';
import { DueItem } from './due-item.types';

/** What is due on a case. */
@Resolver(() => Case)
export class CaseDueItemFields {
  @FieldResolver(() => [DueItem], { nullable: true, description: 'What the monitoring rules say is due, earliest first' })
  dueItems(
    @Ctx() ctx: RequestContext,
    @Root() c: Case,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The day to judge by; defaults to today' }) asOf: string | null,
  ): Promise<DueItem[]> {
    return ctx.loaders.monitoring.dueItemsByCase.load({ caseId: c.id, asOf: asOf ?? today() });
  }
}
