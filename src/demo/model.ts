import { InvolvementRole } from '../kernel/principal';
import { CaseStatus, TargetGroup } from '../cases';
import { CarerBook } from './carers';
import { CopyTable } from './copy';
import { HomeBook } from './homes';
import { DemoMentor, MentorBook } from './mentors';
import { Rng } from './random';
import { AgencyRef, DemoReference, MunicipalityRef, StaffRef } from './reference';

/** The rows of one batch, one COPY buffer per table, in the order they are loaded (parents first). */
export interface Batch {
  client: CopyTable;
  careCase: CopyTable;
  involvement: CopyTable;
  assessment: CopyTable;
  supportPlan: CopyTable;
  planGoal: CopyTable;
  planTask: CopyTable;
  planService: CopyTable;
  planTransitionMember: CopyTable;
  planPreparationVisit: CopyTable;
  planSection: CopyTable;
  planContact: CopyTable;
  followUp: CopyTable;
  followUpRevision: CopyTable;
  placement: CopyTable;
  mentorAssignment: CopyTable;
  permanencyPlan: CopyTable;
  careApplication: CopyTable;
  caseChange: CopyTable;
}

export function newBatch(): Batch {
  return {
    client: new CopyTable('client', ['id', 'personal_code', 'given_name', 'family_name', 'birth_date', 'gender',
      'declared_municipality_code', 'address', 'phone', 'created_at', 'updated_at']),
    careCase: new CopyTable('care_case', ['id', 'client_id', 'target_group', 'intake_type', 'reported_by', 'status',
      'opened_on', 'closed_on', 'responsible_municipality_code', 'case_manager_agency_id', 'case_manager_user_id', 'created_at',
      'updated_at', 'version']),
    involvement: new CopyTable('involvement', ['id', 'case_id', 'agency_id', 'role', 'valid_from', 'valid_until', 'ended_at',
      'end_reason', 'legal_basis', 'created_by_user_id', 'created_at']),
    assessment: new CopyTable('assessment', ['id', 'case_id', 'type', 'assessed_on', 'author_agency_id', 'author_user_id',
      'needs_summary', 'care_level', 'recommended_services', 'health_findings', 'safety_findings', 'family_notes',
      'child_opinion', 'created_at', 'version']),
    supportPlan: new CopyTable('support_plan', ['id', 'case_id', 'version', 'status', 'problem', 'valid_from', 'review_due_on',
      'author_agency_id', 'author_user_id', 'created_at', 'activated_at', 'agreement', 'agreement_on', 'agreement_by',
      'agreement_refusal_reason', 'client_cooperation', 'evaluated_on', 'evaluation_note']),
    planGoal: new CopyTable('plan_goal', ['id', 'plan_id', 'position', 'description', 'outcome', 'evaluated_on', 'evaluation_note',
      'carried_from_goal_id']),
    planTask: new CopyTable('plan_task', ['id', 'plan_id', 'goal_position', 'position', 'description', 'deadline',
      'expected_result', 'responsible_agency_id', 'status', 'for_transition']),
    planService: new CopyTable('plan_service', ['id', 'plan_id', 'position', 'service_type', 'provider_agency_id', 'volume',
      'unit', 'period']),
    planTransitionMember: new CopyTable('plan_transition_member', ['id', 'plan_id', 'position', 'agency_id', 'member_name', 'role']),
    planPreparationVisit: new CopyTable('plan_preparation_visit', ['id', 'plan_id', 'position', 'planned_on', 'place', 'description']),
    planSection: new CopyTable('plan_section', ['plan_id', 'section', 'content', 'written_by_agency_id', 'written_by_user_id', 'written_at']),
    planContact: new CopyTable('plan_contact', ['id', 'plan_id', 'position', 'kind', 'planned_on', 'agency_id', 'participants']),
    followUp: new CopyTable('follow_up', ['id', 'case_id', 'kind', 'occurred_on', 'author_agency_id', 'author_user_id',
      'summary', 'recommendations', 'category', 'version', 'created_at', 'updated_at']),
    followUpRevision: new CopyTable('follow_up_revision', ['follow_up_id', 'version', 'kind', 'occurred_on', 'summary',
      'recommendations', 'category', 'replaced_at', 'replaced_by_user_id']),
    placement: new CopyTable('placement', ['id', 'case_id', 'type', 'foster_form', 'carer_name', 'carer_ref',
      'provider_agency_id', 'starts_on', 'ends_on', 'court_decision_ref', 'deciding_agency_id', 'created_at', 'exit_destination', 'carer_id']),
    mentorAssignment: new CopyTable('mentor_assignment', ['id', 'case_id', 'mentor_id', 'mentor_name', 'provider_agency_id',
      'starts_on', 'ends_on', 'created_by_user_id', 'created_at']),
    permanencyPlan: new CopyTable('permanency_plan', ['id', 'case_id', 'version', 'goal', 'target_date', 'decided_on', 'decision_ref',
      'deciding_agency_id', 'decided_by_user_id', 'recorded_at']),
    careApplication: new CopyTable('care_application', ['id', 'case_id', 'service', 'applied_on', 'status', 'offered_provider_agency_id',
      'offered_on', 'removed_on', 'removal_reason', 'created_by_agency_id', 'created_at', 'version', 'admitted_on', 'assessment_id',
      'services_tried', 'why_not_enough']),
    // demo history is not itemised: each case's last change counts as a change of the case as a whole
    caseChange: new CopyTable('case_change', ['case_id', 'category', 'changed_at']),
  };
}

export function batchTables(batch: Batch): CopyTable[] {
  return [batch.client, batch.careCase, batch.involvement, batch.assessment, batch.supportPlan, batch.planGoal,
    batch.planTask, batch.planService, batch.planTransitionMember, batch.planPreparationVisit, batch.planSection, batch.planContact,
    batch.followUp,
    batch.followUpRevision, batch.placement, batch.mentorAssignment, batch.permanencyPlan, batch.careApplication, batch.caseChange];
}

/** An involvement being drafted: an agency taking part in a case from a day on. */
export interface Participant {
  agency: AgencyRef;
  role: InvolvementRole;
  from: number;
  /** the day a time-limited involvement lapses (a previous provider's 12 months) */
  validUntil: number | null;
  /** the day it was ended explicitly */
  ended: number | null;
  endReason: string | null;
  legalBasis: string;
  userId: string;
}

/**
 * A move out of an institution (a recorded transition): the day, the institution left and the new
 * provider (none for a family), and the social mentor who accompanies the client through it.
 */
export interface Move {
  day: number;
  from: AgencyRef;
  to: AgencyRef | null;
  mentor: DemoMentor | null;
}

/** A placement of the case, as the permanency plan and the exit read it. */
export interface Stay {
  type: string;
  start: number;
  end: number | null;
}

/** What is settled about a case while its rows are generated. */
export interface CaseDraft {
  rng: Rng;
  ref: DemoReference;
  batch: Batch;
  /** the last day anything may happen on (yesterday: nothing is dated in the future) */
  lastDay: number;
  id: string;
  targetGroup: TargetGroup;
  status: CaseStatus;
  municipality: MunicipalityRef;
  manager: StaffRef;
  birth: number;
  female: boolean;
  opened: number;
  closed: number | null;
  /** the last day of case work: the closing day, or the last day */
  end: number;
  participants: Participant[];
  /** the latest timestamp written for the case (its updated_at) */
  touched: number;
  /** its moves out of an institution, each prepared under the plan active then */
  moves: Move[];
  /** a stream of its own for the rows added with mentors and transition plans, so the case's other rows stay as they were */
  extra: Rng;
  /** every social service's mentors, shared by the cases of a run */
  mentors: MentorBook;
  /** the family-like care homes' children, shared by the cases of a run */
  homes: HomeBook;
  /** its placements, in order */
  stays: Stay[];
  /** every support centre's carers, shared by the cases of a run */
  carers: CarerBook;
  /** its assessments, in the order written (an admission from the waiting list names one) */
  assessments: { id: string; day: number }[];
}

export function isChild(draft: CaseDraft): boolean {
  return draft.targetGroup !== TargetGroup.ADULT_WITH_MENTAL_DISORDER;
}

/** A staff user id for an agency: the case manager for the social service, else one of a few specialists. */
export function userOf(draft: CaseDraft, agency: AgencyRef): string {
  return agency.id === draft.municipality.socialService.id ? draft.manager.userId : `${agency.slug}-sp-${draft.rng.int(1, 4)}`;
}

/** Participants whose involvement covers the day. */
export function participantsOn(draft: CaseDraft, day: number): Participant[] {
  return draft.participants.filter((p) => p.from <= day && (p.validUntil === null || day < p.validUntil)
    && (p.ended === null || day < p.ended));
}

/** Adds an involvement from `from` (when the case is still worked on then); returns it, or null. */
export function involve(draft: CaseDraft, agency: AgencyRef | null, role: InvolvementRole, from: number,
  legalBasis: string, extra: Partial<Pick<Participant, 'validUntil' | 'ended' | 'endReason'>> = {}): Participant | null {
  if (!agency || from > draft.end) return null;
  const p: Participant = {
    agency, role, from, validUntil: extra.validUntil ?? null, ended: extra.ended ?? null, endReason: extra.endReason ?? null,
    legalBasis, userId: userOf(draft, agency),
  };
  draft.participants.push(p);
  return p;
}

export function touch(draft: CaseDraft, ms: number): void {
  if (ms > draft.touched) draft.touched = ms;
}
