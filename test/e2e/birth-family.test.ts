import { randomUUID } from 'node:crypto';
import { UserRole } from '../../src/kernel/principal';
import { activeCarer } from '../support/carers';
import { daysAfter, involve, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const PLAN = graphql(`mutation BirthFamilyPlan($input: PlanBirthFamilyContactInput!) {
  planBirthFamilyContact(input: $input) { id kind status plannedOn heldOn place participants outcome version organisingAgency { code } }
}`);
const UPDATE = graphql(`mutation BirthFamilyUpdate($id: ID!, $input: UpdateBirthFamilyContactInput!) {
  updateBirthFamilyContact(id: $id, input: $input) { id status heldOn outcome version }
}`);
const READ = graphql(`query BirthFamilyRead($id: ID!) {
  case(id: $id) { id birthFamilyContacts { id status participants organisingAgency { code } } }
}`);
const PLACE = graphql(`mutation BirthFamilyPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);

const ROLES = ['CASE_MANAGER', 'ORPHAN_COURT', 'SUPPORT_CENTRE', 'CURRENT_PROVIDER', 'PREVIOUS_PROVIDER', 'ASSESSMENT_TEAM'] as const;
type Role = (typeof ROLES)[number];
/** One agency per role in the child's case. */
const AGENCY: Record<Role, string> = {
  CASE_MANAGER: 'SD-RIGA', ORPHAN_COURT: 'BT-RIGA', SUPPORT_CENTRE: 'AC-RIGA-1', CURRENT_PROVIDER: 'SP-RIGA-FAMILY-HOME',
  PREVIOUS_PROVIDER: 'BSAC-RIGA', ASSESSMENT_TEAM: 'AT-RIGA-1',
};

/**
 * Who may do what with a child's contacts with the birth family, written out by hand from ACCESS.md
 * (FAMILY) and issue 13 ("under category FAMILY, writable by the support centre in the case"), not
 * read from policy.ts: the support centre `Own` (records its own, changes only its own), the case
 * manager W, the others read as FAMILY is read (the previous provider not at all).
 *
 *   ok  allowed   -  FORBIDDEN (nothing changes)
 *   nf  NOT_FOUND: a role that may not read FAMILY does not see the contact at all (as a follow-up filed under FAMILY)
 */
const PUBLISHED = `
write / read              CASE_MANAGER ORPHAN_COURT SUPPORT_CENTRE CURRENT_PROVIDER PREVIOUS_PROVIDER ASSESSMENT_TEAM
plan                      ok - ok - - -
update/own                ok - ok - nf -
update/caseManagers       ok - -  - nf -
update/centres            ok - ok - nf -
read                      ok ok ok ok - ok`;
const TABLE = PUBLISHED.trim().split('\n').slice(1).map((line) => line.trim().split(/\s+/));

describe("a child's contacts with the birth family: FAMILY, recorded by the support centre and the case manager", () => {
  let hub: TestHub;
  let child: OpenedCase;
  let tokens: Record<Role, string>;

  /** A contact organised by `agency`, inserted as it would be stored (for roles that may not plan one themselves). */
  async function contactOf(agency: string): Promise<string> {
    const id = randomUUID();
    await hub.db.query(
      `INSERT INTO birth_family_contact (id, case_id, kind, status, planned_on, participants, organising_agency_id, organised_by_user_id)
       SELECT $1, $2, 'MEETING', 'PLANNED', $3, 'māte', a.id, 'someone' FROM agency a WHERE a.code = $4`, [id, child.id, daysAfter(TODAY, 7), agency]);
    return id;
  }
  const stored = async (id: string) => (await hub.db.query(
    'SELECT status, held_on::text AS "heldOn", outcome, version FROM birth_family_contact WHERE id = $1', [id]))[0];
  const held = { expectedVersion: 1, status: 'HELD' as const, heldOn: TODAY, outcome: 'Tikšanās noritēja mierīgi' };

  beforeAll(async () => {
    hub = await startHub();
    child = await openCase(hub, 'RIGA');
    for (const role of ROLES.slice(1)) await involve(hub, child.id, AGENCY[role], role);
    tokens = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await hub.token(AGENCY[role])]))) as Record<Role, string>;
    // the child lives with a foster family from 10 days ago
    const carerId = await activeCarer(hub, { name: 'Audžuģimene Ozoli' });
    const placed = await hub.gql(tokens.ORPHAN_COURT, PLACE, { input: { caseId: child.id, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY', carerId,
      startsOn: daysAfter(TODAY, -10), courtDecisionRef: 'BT 2026/700' } });
    expect(placed.errors).toEqual([]);
  }, 60_000);
  afterAll(async () => { await hub.close(); });

  it('lets each role plan, change and read contacts exactly as the table says; a refusal changes nothing', async () => {
    const got: string[][] = [];
    const caseManagers = await contactOf(AGENCY.CASE_MANAGER);
    const centres = await contactOf(AGENCY.SUPPORT_CENTRE);
    const outcome = async (res: { errors: { extensions?: Record<string, unknown> }[] }) => (res.errors.length === 0 ? 'ok'
      : res.errors[0].extensions?.code === 'FORBIDDEN' ? '-' : res.errors[0].extensions?.code === 'NOT_FOUND' ? 'nf'
        : String(res.errors[0].extensions?.code));
    for (const [write] of TABLE) {
      const row = [write];
      for (const role of ROLES) {
        const token = tokens[role];
        if (write === 'plan') {
          const before = (await hub.db.query('SELECT count(*)::int AS n FROM birth_family_contact'))[0].n;
          const res = await hub.gql(token, PLAN, { input: { caseId: child.id, kind: 'SUPERVISED_MEETING', plannedOn: daysAfter(TODAY, 14),
            place: 'Atbalsta centra telpas', participants: 'māte un vecāmāte' } });
          row.push(await outcome(res));
          if (res.errors.length) expect((await hub.db.query('SELECT count(*)::int AS n FROM birth_family_contact'))[0].n).toBe(before);
          else expect(res.data?.planBirthFamilyContact).toMatchObject({ status: 'PLANNED', version: 1, organisingAgency: { code: AGENCY[role] } });
        } else if (write === 'read') {
          const res = await hub.gql(token, READ, { id: child.id });
          const contacts = res.data?.case?.birthFamilyContacts;
          row.push(contacts && contacts.length > 0 && res.errors.length === 0 ? 'ok'
            : res.errors.some((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.join('.') === 'case.birthFamilyContacts') && contacts === null ? '-' : '?');
        } else {
          const id = write === 'update/own' ? await contactOf(AGENCY[role]) : write === 'update/caseManagers' ? caseManagers : centres;
          const before = await stored(id);
          const res = await hub.gql(token, UPDATE, { id, input: { ...held, expectedVersion: before.version } });
          row.push(await outcome(res));
          if (res.errors.length) expect(await stored(id)).toEqual(before);
          // the next role meets a planned contact again
          else await hub.db.query(`UPDATE birth_family_contact SET status = 'PLANNED', held_on = NULL, outcome = NULL WHERE id = $1`, [id]);
        }
      }
      got.push(row);
    }
    expect(got).toEqual(TABLE);
  });

  it('records a planned contact as held with its day and outcome, audited under FAMILY, and refuses bad input naming the field', async () => {
    const centre = tokens.SUPPORT_CENTRE;
    const planned = await hub.gql(centre, PLAN, { input: { caseId: child.id, kind: 'MEETING', plannedOn: TODAY, participants: 'tēvs' } });
    const id = planned.data?.planBirthFamilyContact.id as string;
    const before = await stored(id);
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ status: 'HELD', heldOn: TODAY }, 'input.outcome', 'is required when the contact is HELD: what came of it'],
      [{ status: 'HELD', outcome: 'labi' }, 'input.heldOn', 'is required when the contact is HELD'],
      [{ status: 'HELD', heldOn: daysAfter(TODAY, 1), outcome: 'labi' }, 'input.heldOn', 'must not be in the future'],
      [{ heldOn: TODAY }, 'input.heldOn', 'is given only when the contact becomes HELD'],
    ];
    for (const [input, field, message] of refusals) {
      const res = await hub.gql(centre, UPDATE, { id, input: { expectedVersion: 1, ...input } });
      expect([field, res.errors[0]?.extensions?.code, res.errors[0]?.extensions?.field, res.errors[0]?.message])
        .toEqual([field, 'BAD_USER_INPUT', field, message]);
    }
    expect(await stored(id)).toEqual(before);
    const stale = await hub.gql(centre, UPDATE, { id, input: { ...held, expectedVersion: 7 } });
    expect(stale.errors[0]?.extensions?.code).toBe('CONFLICT');

    const done = await hub.gql(centre, UPDATE, { id, input: held });
    expect(done.errors).toEqual([]);
    expect(done.data?.updateBirthFamilyContact).toMatchObject({ status: 'HELD', heldOn: TODAY, outcome: held.outcome, version: 2 });
    const again = await hub.gql(centre, UPDATE, { id, input: { expectedVersion: 2, status: 'CANCELLED' } });
    expect(again.errors[0]).toMatchObject({ message: 'the contact is already HELD; only a PLANNED contact is held or cancelled',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.status' } });
    expect(await hub.db.query(`SELECT operation, categories FROM audit_log WHERE entity_id = $1 AND kind = 'WRITE' ORDER BY id`, [id])).toEqual([
      { operation: 'planBirthFamilyContact', categories: ['FAMILY'] }, { operation: 'updateBirthFamilyContact', categories: ['FAMILY'] }]);

    // only during out-of-family care, and only for a child
    const athome = await openCase(hub, 'RIGA');
    await involve(hub, athome.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    const notInCare = await hub.gql(centre, PLAN, { input: { caseId: athome.id, kind: 'CALL', plannedOn: TODAY, participants: 'māte' } });
    expect(notInCare.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plannedOn' });
    const beforePlacement = await hub.gql(centre, PLAN, { input: { caseId: child.id, kind: 'CALL', plannedOn: daysAfter(TODAY, -30), participants: 'māte' } });
    expect(beforePlacement.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plannedOn' });
    const blank = await hub.gql(centre, PLAN, { input: { caseId: child.id, kind: 'CALL', plannedOn: TODAY, participants: '  ' } });
    expect(blank.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.participants' });
    // a case the centre does not reach does not exist for it
    const stranger = await openCase(hub, 'RIGA');
    const unseen = await hub.gql(centre, PLAN, { input: { caseId: stranger.id, kind: 'CALL', plannedOn: TODAY, participants: 'māte' } });
    expect(unseen.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    // an analyst of the centre writes nothing
    const analyst = await hub.gql(await hub.token('AC-RIGA-1', UserRole.ANALYST), PLAN, { input: { caseId: child.id, kind: 'CALL', plannedOn: TODAY,
      participants: 'māte' } });
    expect(analyst.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
