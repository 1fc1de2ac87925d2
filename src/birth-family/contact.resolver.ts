import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { Agency, agencyOf } from '../reference';
import { birthFamilyService } from './contact.service';
import { BirthFamilyContact, PlanBirthFamilyContactInput, UpdateBirthFamilyContactInput } from './contact.types';

@Resolver(() => BirthFamilyContact)
export class BirthFamilyContactResolver {
  @Mutation(() => BirthFamilyContact, { description: "Plans a child's contact with the birth family (or records one already held, then update it): the caller's agency organises it" })
  planBirthFamilyContact(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PlanBirthFamilyContactInput, { description: 'The contact' }) input: PlanBirthFamilyContactInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<BirthFamilyContact> {
    return birthFamilyService.plan(ctx, input, idempotencyKey);
  }

  @Mutation(() => BirthFamilyContact, { description: 'Records what became of a planned contact with the birth family (held, cancelled), or corrects it' })
  updateBirthFamilyContact(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The contact' }) id: string,
    @Arg('input', () => UpdateBirthFamilyContactInput, { description: 'What changes' }) input: UpdateBirthFamilyContactInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<BirthFamilyContact> {
    return birthFamilyService.update(ctx, id, input, idempotencyKey);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that organises the contact' })
  organisingAgency(@Ctx() ctx: RequestContext, @Root() contact: BirthFamilyContact) {
    return agencyOf(ctx, contact.organisingAgencyId);
  }
}

/** A child's contacts with the birth family, on the case. */
@Resolver(() => Case)
export class CaseBirthFamilyFields {
  @FieldResolver(() => [BirthFamilyContact], { nullable: true,
    description: "The child's contacts with the birth family during out-of-family care, latest planned day first" })
  birthFamilyContacts(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<BirthFamilyContact[]> {
    return ctx.loaders.birthFamily.contactsByCase.load(c.id);
  }
}
