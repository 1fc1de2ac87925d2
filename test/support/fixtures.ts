import { UserRole } from '../../src/kernel/principal';
import { checkDigit, checkPersonalCode } from '../../src/clients/personal-code';
import { addDays, today } from '../../src/kernel/dates';
import { graphql } from '../graphql';
import type { AddInvolvementInput, InvolvementRole, OpenCaseInput, SaveSupportPlanInput } from '../graphql/graphql';
import { TestHub } from './hub';

let sequence = 100;

/** A valid old-form personal code (DDMMYY-CNNNK) for a birth date; unique within a test run. */
export function oldFormCode(birthDate = '2015-03-14'): string {
  const [y, m, d] = birthDate.split('-');
  const century = String(Number(y.slice(0, 2)) - 18);
  for (;;) {
    sequence += 1;
    const ten = `${d}${m}${y.slice(2)}${century}${String(sequence % 1000).padStart(3, '0')}`;
    const k = checkDigit(ten);
    if (k !== null) return `${ten.slice(0, 6)}-${ten.slice(6)}${k}`;
  }
}

/** A new-form personal code (32NNNN-NNNNN). */
export function newFormCode(): string {
  sequence += 1;
  return `32${String(sequence).padStart(4, '0')}-${String(sequence * 7).padStart(5, '0').slice(-5)}`;
}

export const OPEN_CASE = graphql(`mutation OpenCase($input: OpenCaseInput!) {
  openCase(input: $input) { id status targetGroup myRoles client { id personalCode givenName } }
}`);

export interface OpenedCase { id: string; clientId: string; personalCode: string }

/**
 * When fixture cases were opened: far enough back that the visits, assessments and placements
 * the tests date in 2025–2026 happen in the case (issue 11: no event more than BACKDATE_WINDOW_DAYS
 * before the opening), and after the fixture child's birth (2015-03-14).
 */
export const FIXTURE_OPENED_ON = '2025-06-02';

/** Opens a child's case as the social service of `municipality` and returns its ids. */
export async function openCase(hub: TestHub, municipality = 'RIGA', overrides: Partial<OpenCaseInput> = {}): Promise<OpenedCase> {
  const token = await hub.token(`SD-${municipality}`);
  const personalCode = oldFormCode();
  // a baby's case opens no earlier than the birth
  const born = checkPersonalCode(String(overrides.client?.personalCode ?? personalCode));
  const openedOn = born.valid && born.birthDate && born.birthDate > FIXTURE_OPENED_ON ? born.birthDate : FIXTURE_OPENED_ON;
  const res = await hub.gql(token, OPEN_CASE, {
    input: {
      client: { personalCode, givenName: 'Anna', familyName: 'Bērziņa', gender: 'FEMALE', declaredMunicipalityCode: municipality,
        address: 'Brīvības iela 1-2', phone: '+371 20000000' },
      targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE', intakeType: 'MANDATORY', reportedBy: 'school', openedOn, ...overrides,
    },
  });
  if (!res.data?.openCase.client) throw new Error(`openCase failed: ${res.raw}`);
  return { id: res.data.openCase.id, clientId: res.data.openCase.client.id, personalCode };
}

export const ADD_INVOLVEMENT = graphql(`mutation AddInvolvement($input: AddInvolvementInput!) {
  addInvolvement(input: $input) { id role validUntil active agency { code } }
}`);

/** Involves `agency` in the case as `role`, acting as a MANAGER of the case's social service. */
export async function involve(hub: TestHub, caseId: string, agency: string, role: InvolvementRole, manager = 'SD-RIGA',
  extra: Partial<AddInvolvementInput> = {}): Promise<string> {
  const res = await hub.gql(await hub.token(manager, UserRole.MANAGER), ADD_INVOLVEMENT, {
    input: { caseId, agencyCode: agency, role, legalBasis: 'test', ...extra },
  });
  if (!res.data?.addInvolvement) throw new Error(`addInvolvement failed: ${res.raw}`);
  return res.data.addInvolvement.id;
}

/** A `YYYY-MM-DD` date n days after another (negative: before); tests keep their dates relative to today. */
export const daysAfter = addDays;

/** Today in Latvia, as the hub counts it. */
export const TODAY = today();

/**
 * Prepares a case for a move between providers (issue 11: recordTransition needs the case in
 * IMPLEMENTATION under an ACTIVE plan holding a transition plan: a task of the move, the transition
 * team, a preparation visit), written in SQL as set-up.
 */
export async function readyToMove(hub: TestHub, caseId: string, teamAgency = 'SD-RIGA'): Promise<void> {
  await hub.db.query(
    `WITH c AS (UPDATE care_case SET status = 'IMPLEMENTATION' WHERE id = $1 RETURNING id),
     plan AS (
       INSERT INTO support_plan (case_id, version, status, valid_from, review_due_on, author_agency_id, author_user_id, activated_at)
       SELECT c.id, 1, 'ACTIVE', $2::date, $2::date + 300, a.id, 'setup', now() FROM c JOIN agency a ON a.code = 'SD-RIGA' RETURNING id),
     task AS (INSERT INTO plan_task (plan_id, position, description, for_transition) SELECT id, 1, 'prepare the move', true FROM plan),
     team AS (
       INSERT INTO plan_transition_member (plan_id, position, agency_id, role)
       SELECT plan.id, 1, a.id, 'transition team member' FROM plan JOIN agency a ON a.code = $3)
     INSERT INTO plan_preparation_visit (plan_id, position, planned_on, place) SELECT id, 1, $2::date, 'NEW_PLACE' FROM plan`,
    [caseId, TODAY, teamAgency]);
}

export const REQUEST_TRANSFER = graphql(`mutation FixtureRequestTransfer($input: TransferCaseInput!) {
  transferCase(input: $input) { id caseId status from { code } to { code } }
}`);
export const ACCEPT_TRANSFER = graphql(`mutation FixtureAcceptTransfer($id: ID!, $caseWorker: TransferCaseWorkerInput) {
  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId }
}`);

/**
 * Moves a case to the social service of another municipality as issue 12 has it: its case manager
 * (`from`'s case worker) asks, the receiving service's MANAGER accepts. For suites whose set-up
 * needs a transferred case; returns the transfer (the accepted referral's) id.
 */
export async function transfer(hub: TestHub, caseId: string, toMunicipalityCode: string, from = 'SD-RIGA', reason = 'the family moved'): Promise<string> {
  const asked = await hub.gql(await hub.token(from), REQUEST_TRANSFER, { input: { caseId, toMunicipalityCode, reason } });
  if (!asked.data?.transferCase) throw new Error(`transferCase failed: ${asked.raw}`);
  const accepted = await hub.gql(await hub.token(`SD-${toMunicipalityCode}`, UserRole.MANAGER), ACCEPT_TRANSFER, { id: asked.data.transferCase.id });
  if (accepted.data?.acceptReferral?.status !== 'ACCEPTED') throw new Error(`acceptReferral failed: ${accepted.raw}`);
  return asked.data.transferCase.id;
}

/**
 * What a plan needs before it is activated (issue 19): the sections its target group's template
 * (src/reference/data/plan-templates.json) requires and the client's agreement. Written by the case
 * manager, who may write every one of them but an adult's placement conditions only in an adult's case.
 */
type PlanSections = Partial<Omit<SaveSupportPlanInput, 'caseId' | 'validFrom'>>;
export function completePlan(targetGroup: string = 'CHILD_WITHOUT_PARENTAL_CARE'): PlanSections {
  const common: PlanSections = {
    health: { disabilityGroup: 'NONE', description: 'healthy, vaccinations up to date' },
    family: { people: [{ name: 'Jānis Bērziņš', relation: 'SIBLING', role: 'FAMILY_MEMBER', contactArrangement: 'weekends' }],
      contactArrangements: 'meets the birth mother monthly at the support centre' },
    wishesAndInterests: 'football, drawing',
    agreement: { status: 'AGREED', on: '2025-06-02', by: targetGroup === 'ADULT_WITH_MENTAL_DISORDER' ? 'CLIENT' : 'LEGAL_REPRESENTATIVE' },
  };
  if (targetGroup === 'ADULT_WITH_MENTAL_DISORDER') {
    return { ...common, placementConditions: 'a group apartment with a staffed evening', employment: { status: 'SPECIALISED_WORKSHOP' },
      supportVolume: { careLevel: 2, description: 'daily support with medication and shopping' } };
  }
  return { ...common, childVoice: { opinionOnFamily: 'wants to stay with the brother' }, education: { stage: 'BASIC', school: 'Rīgas 1. pamatskola' } };
}
