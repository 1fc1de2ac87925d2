import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { LocalDate } from '../kernel/scalars';
import { matchingService } from './matching.service';
import { MatchCandidate } from './matching.types';

@Resolver(() => MatchCandidate)
export class MatchingResolver {
  @Query(() => [MatchCandidate], {
    description: "Active foster families ranked for the case's child, with reasons: the support centre proposes, the orphan court decides",
  })
  matchCandidates(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID, { description: "The child's case" }) caseId: string,
    @Arg('siblingCaseIds', () => [ID], {
      nullable: true,
      description: "Cases of the child's siblings to keep together (those you reach); left out, the siblings' cases linked to the child's "
        + '(linkSiblingCases) whose links you see; [] for none',
    })
    siblingCaseIds: string[] | null,
    @Arg('startsOn', () => LocalDate, { nullable: true, description: 'The day the placement would start (today when not given)' })
    startsOn: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many (1 to 200)' }) first: number,
  ): Promise<MatchCandidate[]> {
    return matchingService.candidates(ctx, caseId, siblingCaseIds ?? null, startsOn, first);
  }
}
