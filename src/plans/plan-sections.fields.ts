import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agency, agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { InParentRow } from '../kernel/query-cost';
import { readAgreement } from './plan-sections';
import {
  CooperationPartner, PlanAgreement, PlanChildVoice, PlanEducation, PlanEmployment, PlanEvaluation, PlanFamily, PlanHealth, PlannedContact,
  PlanSection, PlanSupportVolume,
} from './plan-sections.types';
import { SupportPlan } from './support-plan.entity';

/** A plan's sections, each field under its own category (policy.ts); all read by the plan's one statement. */
@Resolver(() => SupportPlan)
export class PlanSectionFields {
  @FieldResolver(() => PlanHealth, { nullable: true, description: 'Physical and mental health (HEALTH); null when not filled' })
  health(@Root() plan: SupportPlan): PlanHealth | null {
    return plan.sections.health;
  }

  @FieldResolver(() => PlanFamily, { nullable: true, description: 'Family, support persons, birth family, siblings, contact (FAMILY)' })
  family(@Root() plan: SupportPlan): PlanFamily | null {
    return plan.sections.family;
  }

  @FieldResolver(() => PlanChildVoice, { nullable: true, description: "The child's own opinion (CHILD_VOICE)" })
  childVoice(@Root() plan: SupportPlan): PlanChildVoice | null {
    return plan.sections.childVoice;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Placement conditions (PLACEMENT)' })
  placementConditions(@Root() plan: SupportPlan): string | null {
    return plan.sections.placementConditions;
  }

  @FieldResolver(() => PlanEducation, { nullable: true, description: 'Education' })
  education(@Root() plan: SupportPlan): PlanEducation | null {
    return plan.sections.education;
  }

  @FieldResolver(() => PlanEmployment, { nullable: true, description: "An adult's employment" })
  employment(@Root() plan: SupportPlan): PlanEmployment | null {
    return plan.sections.employment;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Wishes and interests (vēlmes un intereses)' })
  wishesAndInterests(@Root() plan: SupportPlan): string | null {
    return plan.sections.wishesAndInterests;
  }

  @FieldResolver(() => PlanSupportVolume, { nullable: true, description: "An adult's support volume and care level" })
  supportVolume(@Root() plan: SupportPlan): PlanSupportVolume | null {
    return plan.sections.supportVolume;
  }

  @InParentRow()
  @FieldResolver(() => [CooperationPartner], { nullable: true, description: 'Cooperation partners outside the hub' })
  cooperationPartners(@Root() plan: SupportPlan): CooperationPartner[] {
    return plan.sections.cooperationPartners ?? [];
  }

  @InParentRow()
  @FieldResolver(() => [PlannedContact], { nullable: true, description: 'Planned home visits and meetings' })
  plannedContacts(@Root() plan: SupportPlan): PlannedContact[] {
    return plan.plannedContacts;
  }

  @FieldResolver(() => PlanAgreement, { nullable: true, description: "The client's agreement with the plan, or refusal" })
  agreement(@Root() plan: SupportPlan): PlanAgreement {
    return readAgreement(plan.caseId, plan);
  }

  @FieldResolver(() => PlanEvaluation, { nullable: true, description: "The review's evaluation (null until the plan is evaluated)" })
  evaluation(@Root() plan: SupportPlan): PlanEvaluation | null {
    if (!plan.evaluatedOn || !plan.clientCooperation) return null;
    return Object.assign(new PlanEvaluation(), { caseId: plan.caseId, evaluatedOn: plan.evaluatedOn, clientCooperation: plan.clientCooperation,
      note: plan.evaluationNote });
  }

  @FieldResolver(() => [PlanSection], {
    nullable: true, description: "The sections the target group's template requires that are not filled (activation needs none missing)",
  })
  missingSections(@Root() plan: SupportPlan): PlanSection[] {
    const filled = new Set<string>(plan.sections.filledSections);
    return plan.requiredSections.filter((s) => !filled.has(s)) as PlanSection[];
  }
}

@Resolver(() => PlannedContact)
export class PlannedContactFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that makes the visit or holds the meeting (the case manager when none)' })
  agency(@Ctx() ctx: RequestContext, @Root() contact: PlannedContact) {
    return contact.agencyId ? agencyOf(ctx, contact.agencyId) : null;
  }
}
