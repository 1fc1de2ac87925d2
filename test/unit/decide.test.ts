import { Category } from '../../src/kernel/categories';
import {
  aggregateScope, centreEvaluationScope, decide, deniedWrite, mayDiscover, mayKeepCentreRecords, mayOpenCase, mayReadAccessLog,
  mayReportOnRegion, mayWriteAs, Operation, readableCategories, readableSet, safeToFilterBy,
} from '../../src/access/decide';
import { AgencyKind, InvolvementRole, Principal, Purpose, UserRole } from '../../src/kernel/principal';

/**
 * The matrix of ACCESS.md, written out again by hand (not read from the policy table), so a
 * change to the table that does not match the published policy fails here.
 */
const PUBLISHED = `
category     CASE_MANAGER ORPHAN_COURT SUPPORT_CENTRE CURRENT_PROVIDER PREVIOUS_PROVIDER ASSESSMENT_TEAM
CASE         W R R R R R
IDENTITY     W R R R R R
IDENTIFIER   W R - R - R
ASSESSMENT   W R R R R W
HEALTH       W - - R - W
SAFETY       W R R R - R
FAMILY       W R R R - R
CHILD_VOICE  W R R - - W
PLAN         W R R R R Own
FOLLOW_UP    W R Own Own Own R
PLACEMENT    R W R R - R`;

const ROLES = PUBLISHED.trim().split('\n')[0].split(/\s+/).slice(1) as InvolvementRole[];
const CELLS = PUBLISHED.trim().split('\n').slice(1).flatMap((line) => {
  const [category, ...rights] = line.split(/\s+/);
  return rights.map((right, i) => [category as Category, ROLES[i], right] as const);
});

const EXPECTED: Record<string, Record<Operation, boolean>> = {
  W: { read: true, create: true, 'update-own': true, 'update-any': true },
  R: { read: true, create: false, 'update-own': false, 'update-any': false },
  Own: { read: true, create: true, 'update-own': true, 'update-any': false },
  '-': { read: false, create: false, 'update-own': false, 'update-any': false },
};
const OPERATIONS: Operation[] = ['read', 'create', 'update-own', 'update-any'];
const worker = { role: UserRole.CASE_WORKER };

describe('decide(): the whole matrix', () => {
  it('covers every category and role', () => {
    expect(CELLS).toHaveLength(Object.values(Category).length * Object.values(InvolvementRole).length);
  });

  describe.each(CELLS)('%s × %s = %s', (category, role, right) => {
    it.each(OPERATIONS)('%s', (operation) => {
      expect(decide(worker, [role], category, operation)).toBe(EXPECTED[right][operation]);
    });
  });
});

describe('decide(): who acts through involvements', () => {
  it.each([UserRole.CASE_WORKER, UserRole.SPECIALIST, UserRole.MANAGER])('%s uses the involvement rights', (role) => {
    expect(decide({ role }, [InvolvementRole.ORPHAN_COURT], Category.SAFETY, 'read')).toBe(true);
  });

  it.each([UserRole.ANALYST, UserRole.ADMIN])('%s reaches no case data even through a case manager involvement', (role) => {
    for (const category of Object.values(Category)) {
      for (const operation of OPERATIONS) expect(decide({ role }, [InvolvementRole.CASE_MANAGER], category, operation)).toBe(false);
    }
  });

  it('denies everything without an involvement', () => {
    for (const category of Object.values(Category)) expect(decide(worker, [], category, 'read')).toBe(false);
  });

  it('gives the union of two involvements', () => {
    const roles = [InvolvementRole.SUPPORT_CENTRE, InvolvementRole.CURRENT_PROVIDER];
    expect(decide(worker, roles, Category.HEALTH, 'read')).toBe(true); // from CURRENT_PROVIDER
    expect(decide(worker, roles, Category.CHILD_VOICE, 'read')).toBe(true); // from SUPPORT_CENTRE
    expect(decide(worker, roles, Category.PLACEMENT, 'create')).toBe(false); // from neither
  });

  it('keeps one readable set per user role, purpose and roles in the case, equal to readableCategories, whatever the order of the roles', () => {
    const roles = Object.values(InvolvementRole);
    const pairs = roles.flatMap((a) => roles.map((b) => (a === b ? [a] : [a, b])));
    for (const role of Object.values(UserRole)) {
      for (const purpose of [undefined, ...Object.values(Purpose)]) {
        for (const held of [[], ...pairs]) {
          const set = readableSet({ role, purpose }, held);
          expect([...set].sort()).toEqual(readableCategories({ role, purpose }, held).sort());
          expect(readableSet({ role, purpose }, [...held].reverse())).toBe(set);
        }
      }
    }
  });

  it('lists the readable categories of a previous provider', () => {
    expect(readableCategories(worker, [InvolvementRole.PREVIOUS_PROVIDER]).sort()).toEqual(
      [Category.ASSESSMENT, Category.CASE, Category.FOLLOW_UP, Category.IDENTITY, Category.PLAN].sort());
  });
});

describe('mayOpenCase()', () => {
  const principal = (kind: AgencyKind, municipalityCode: string | null, role = UserRole.CASE_WORKER): Principal => ({
    userId: 'u', name: undefined, role, agency: { id: 'a', code: 'X', kind, municipalityCode, regionCode: null },
  });

  it.each([
    [AgencyKind.SOCIAL_SERVICE, 'RIGA', UserRole.CASE_WORKER, 'RIGA', true],
    [AgencyKind.SOCIAL_SERVICE, 'RIGA', UserRole.MANAGER, 'RIGA', true],
    [AgencyKind.SOCIAL_SERVICE, 'RIGA', UserRole.CASE_WORKER, 'JURMALA', false],
    [AgencyKind.SOCIAL_SERVICE, 'RIGA', UserRole.ANALYST, 'RIGA', false],
    [AgencyKind.ORPHAN_COURT, 'RIGA', UserRole.CASE_WORKER, 'RIGA', false],
    [AgencyKind.OVERSIGHT, null, UserRole.CASE_WORKER, 'RIGA', false],
  ])('%s of %s as %s opening for %s: %s', (kind, municipality, role, clientMunicipality, allowed) => {
    expect(mayOpenCase(principal(kind, municipality, role), clientMunicipality)).toBe(allowed);
  });
});

describe('safeToFilterBy(): only what every role may read', () => {
  it.each(Object.values(Category))('%s', (category) => {
    const everyone = Object.values(InvolvementRole).every((role) => decide(worker, [role], category, 'read'));
    expect(safeToFilterBy(category)).toBe(everyone);
  });

  it('allows CASE and refuses HEALTH and IDENTIFIER', () => {
    expect(safeToFilterBy(Category.CASE)).toBe(true);
    expect(safeToFilterBy(Category.HEALTH)).toBe(false);
    expect(safeToFilterBy(Category.IDENTIFIER)).toBe(false);
  });
});

describe('mayDiscover() and mayReadAccessLog()', () => {
  const p = (kind: AgencyKind, role: UserRole): Principal => ({
    userId: 'u', name: undefined, role, agency: { id: 'a', code: 'X', kind, municipalityCode: null, regionCode: null },
  });

  it.each([
    [AgencyKind.SOCIAL_SERVICE, UserRole.CASE_WORKER, true], [AgencyKind.ORPHAN_COURT, UserRole.SPECIALIST, true],
    [AgencyKind.SUPPORT_CENTRE, UserRole.MANAGER, true], [AgencyKind.INSTITUTION, UserRole.CASE_WORKER, true],
    [AgencyKind.SERVICE_PROVIDER, UserRole.CASE_WORKER, true], [AgencyKind.ASSESSMENT_TEAM, UserRole.SPECIALIST, true],
    [AgencyKind.OVERSIGHT, UserRole.CASE_WORKER, false], [AgencyKind.SOCIAL_SERVICE, UserRole.ANALYST, false],
    [AgencyKind.SOCIAL_SERVICE, UserRole.DPO, false],
  ])('discovery by %s %s: %s', (kind, role, allowed) => {
    expect(mayDiscover(p(kind, role))).toBe(allowed);
  });

  it.each([
    [AgencyKind.SOCIAL_SERVICE, UserRole.CASE_WORKER, [InvolvementRole.CASE_MANAGER], true],
    [AgencyKind.SOCIAL_SERVICE, UserRole.DPO, [InvolvementRole.CASE_MANAGER], true],
    [AgencyKind.SOCIAL_SERVICE, UserRole.DPO, [], false],
    [AgencyKind.SOCIAL_SERVICE, UserRole.ANALYST, [InvolvementRole.CASE_MANAGER], false],
    [AgencyKind.ORPHAN_COURT, UserRole.MANAGER, [InvolvementRole.ORPHAN_COURT], false],
    [AgencyKind.OVERSIGHT, UserRole.INSPECTOR, [], true],
    [AgencyKind.SOCIAL_SERVICE, UserRole.INSPECTOR, [InvolvementRole.CASE_MANAGER], false],
  ])('access log for %s %s with roles %p: %s', (kind, role, roles, allowed) => {
    expect(mayReadAccessLog(p(kind, role), roles)).toBe(allowed);
  });
});

describe('aggregateScope(): who sees which aggregates', () => {
  const p = (kind: AgencyKind, role: UserRole, municipalityCode: string | null, regionCode: string | null): Principal => ({
    userId: 'u', name: undefined, role, agency: { id: 'a', code: 'X', kind, municipalityCode, regionCode },
  });

  it.each([
    [AgencyKind.SOCIAL_SERVICE, UserRole.ANALYST, 'RIGA', 'RIGA', { level: 'MUNICIPALITY', code: 'RIGA' }],
    [AgencyKind.ORPHAN_COURT, UserRole.ANALYST, 'OGRES_NOV', 'VIDZEME', { level: 'MUNICIPALITY', code: 'OGRES_NOV' }],
    [AgencyKind.OVERSIGHT, UserRole.ANALYST, null, 'KURZEME', { level: 'REGION', code: 'KURZEME' }],
    [AgencyKind.OVERSIGHT, UserRole.ANALYST, null, null, { level: 'NATIONAL', code: null }],
    [AgencyKind.SOCIAL_SERVICE, UserRole.CASE_WORKER, 'RIGA', 'RIGA', null],
    [AgencyKind.OVERSIGHT, UserRole.INSPECTOR, null, null, null],
    [AgencyKind.SUPPORT_CENTRE, UserRole.ANALYST, 'RIGA', 'RIGA', null],
    [AgencyKind.INSTITUTION, UserRole.ANALYST, null, 'RIGA', null],
    [AgencyKind.ASSESSMENT_TEAM, UserRole.ANALYST, null, 'RIGA', null],
  ])('%s %s (%s, %s): %p', (kind, role, municipality, region, scope) => {
    expect(aggregateScope(p(kind, role, municipality, region))).toEqual(scope);
  });

  it('lets a region office narrow to its own region only, and the ministry to any', () => {
    expect(mayReportOnRegion({ level: 'REGION', code: 'KURZEME' }, 'KURZEME')).toBe(true);
    expect(mayReportOnRegion({ level: 'REGION', code: 'KURZEME' }, 'RIGA')).toBe(false);
    expect(mayReportOnRegion({ level: 'MUNICIPALITY', code: 'RIGA' }, 'RIGA')).toBe(false);
    expect(mayReportOnRegion({ level: 'NATIONAL', code: null }, 'RIGA')).toBe(true);
    expect(mayReportOnRegion({ level: 'MUNICIPALITY', code: 'RIGA' }, null)).toBe(true);
  });
});

describe("a support centre's records and its yearly evaluation", () => {
  const p = (kind: AgencyKind, role: UserRole, regionCode: string | null, purpose = Purpose.CASE_WORK) => ({
    userId: 'u', name: undefined, role, purpose, agency: { id: 'agency-1', code: 'X', kind, municipalityCode: null, regionCode },
  });

  it.each([
    [AgencyKind.SUPPORT_CENTRE, UserRole.CASE_WORKER, Purpose.CASE_WORK, true],
    [AgencyKind.SUPPORT_CENTRE, UserRole.SPECIALIST, Purpose.CASE_WORK, true],
    [AgencyKind.SUPPORT_CENTRE, UserRole.MANAGER, Purpose.CASE_WORK, true],
    [AgencyKind.SUPPORT_CENTRE, UserRole.ANALYST, Purpose.REPORTING, false],
    [AgencyKind.SUPPORT_CENTRE, UserRole.ADMIN, Purpose.ADMINISTRATION, false],
    [AgencyKind.SOCIAL_SERVICE, UserRole.MANAGER, Purpose.CASE_WORK, false],
    [AgencyKind.ORPHAN_COURT, UserRole.CASE_WORKER, Purpose.COURT_PROCEEDINGS, false],
    [AgencyKind.OVERSIGHT, UserRole.ANALYST, Purpose.REPORTING, false],
  ])('keeps the records: %s %s (%s): %s', (kind, role, purpose, allowed) => {
    expect(mayKeepCentreRecords(p(kind, role, 'RIGA', purpose))).toBe(allowed);
  });

  it.each([
    [AgencyKind.SUPPORT_CENTRE, UserRole.CASE_WORKER, 'RIGA', { level: 'CENTRE', agencyId: 'agency-1' }],
    [AgencyKind.SUPPORT_CENTRE, UserRole.ANALYST, 'RIGA', { level: 'CENTRE', agencyId: 'agency-1' }],
    [AgencyKind.SUPPORT_CENTRE, UserRole.ADMIN, 'RIGA', null],
    [AgencyKind.OVERSIGHT, UserRole.ANALYST, null, { level: 'NATIONAL', code: null }],
    [AgencyKind.OVERSIGHT, UserRole.ANALYST, 'KURZEME', { level: 'REGION', code: 'KURZEME' }],
    [AgencyKind.OVERSIGHT, UserRole.INSPECTOR, null, null],
    [AgencyKind.SOCIAL_SERVICE, UserRole.ANALYST, 'RIGA', null],
    [AgencyKind.ORPHAN_COURT, UserRole.ANALYST, 'RIGA', null],
    [AgencyKind.SOCIAL_SERVICE, UserRole.CASE_WORKER, 'RIGA', null],
  ])('reads evaluations: %s %s (%s): %p', (kind, role, region, scope) => {
    expect(centreEvaluationScope(p(kind, role, region))).toEqual(scope);
  });
});

describe('writes: who inside the agency, and what an adult case changes', () => {
  it.each([
    [UserRole.MANAGER, [UserRole.MANAGER], true],
    [UserRole.CASE_WORKER, [UserRole.MANAGER], false],
    [UserRole.SPECIALIST, [UserRole.MANAGER], false],
    [UserRole.CASE_WORKER, undefined, true],
    [UserRole.SPECIALIST, undefined, true],
    [UserRole.ANALYST, undefined, false],
    [UserRole.ADMIN, [UserRole.ADMIN], false],
  ])('%s, a write for %j: %s', (role, by, expected) => {
    expect(mayWriteAs({ role }, by)).toBe(expected);
  });

  it("gives the case manager W on PLACEMENT in an adult's case only", () => {
    const cm = [InvolvementRole.CASE_MANAGER];
    expect(decide(worker, cm, Category.PLACEMENT, 'create')).toBe(false);
    expect(decide(worker, cm, Category.PLACEMENT, 'create', { adult: false })).toBe(false);
    expect(decide(worker, cm, Category.PLACEMENT, 'create', { adult: true })).toBe(true);
    // nobody else gains anything
    for (const role of Object.values(InvolvementRole).filter((r) => r !== InvolvementRole.CASE_MANAGER)) {
      for (const category of Object.values(Category)) {
        for (const operation of OPERATIONS) {
          expect(decide(worker, [role], category, operation, { adult: true })).toBe(decide(worker, [role], category, operation));
        }
      }
    }
  });

  it('names the first write the caller may not make', () => {
    const writes = [[Category.CASE, 'update-any'], [Category.PLACEMENT, 'create']] as const;
    expect(deniedWrite(worker, [InvolvementRole.CASE_MANAGER], writes)).toEqual([Category.PLACEMENT, 'create']);
    expect(deniedWrite(worker, [InvolvementRole.CASE_MANAGER], writes, { adult: true })).toBeNull();
    expect(deniedWrite(worker, [InvolvementRole.ORPHAN_COURT], writes)).toEqual([Category.CASE, 'update-any']);
  });
});
