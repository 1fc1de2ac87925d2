import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { Assessment } from './assessment.entity';
import { RecordAssessmentInput } from './assessment.inputs';
import { assessmentService } from './assessment.service';

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Mutation(() => Assessment, { description: 'Records an assessment of the client' })
  recordAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<Assessment> {
    return assessmentService.record(ctx, input, idempotencyKey);
  }
}
