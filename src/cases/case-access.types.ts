import { Field, ObjectType } from 'type-graphql';
import { Category } from '../kernel/categories';
import { CaseRole } from '../kernel/principal';

/**
 * What the caller's roles in one case let it read and write, from the access policy (a client asks
 * only for these and gets no FORBIDDEN; see the README's "For integrators").
 */
@ObjectType({ description: "What the caller's roles in this case let it read and write, from the access policy: ask only for these fields and no field is withheld" })
export class CaseAccess {
  @Field(() => [CaseRole], { description: "The roles in the case this request acts through (the caller's agency's active involvements its purpose of use reaches)" })
  roles!: CaseRole[];

  @Field(() => [Category], { description: 'The data categories the caller may read in this case' })
  readableCategories!: Category[];

  @Field(() => [Category], {
    description: 'The data categories the caller may create entries of in this case (where the policy says OWN, only its own agency\'s entries may be changed)',
  })
  writableCategories!: Category[];

  @Field(() => [String], {
    description: 'The schema coordinates (`Type.field`, e.g. `Client.personalCode`) of case data the caller may read in this case; '
      + 'a field of case data not listed is withheld (null, with a FORBIDDEN error at its path). Reference data (Agency, Municipality, Region) is not listed: anyone may read it',
  })
  readableFields!: string[];
}
