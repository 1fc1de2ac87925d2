import { Category } from '../../src/kernel/categories';
import { decide, mayClaim, Operation, purposeAsks, safeToFilterBy } from '../../src/access/decide';
import { AgencyKind, CaseRole, EmergencyRole, InvolvementRole, Purpose, UserRole } from '../../src/kernel/principal';

/**
 * ACCESS.md policy v2, written out again by hand (not read from the policy table): who may claim
 * each purpose, which columns of the matrix it reaches, and the EMERGENCY column.
 */
const CASE_HANDLERS = [UserRole.CASE_WORKER, UserRole.SPECIALIST, UserRole.MANAGER];
const CLAIMS: Record<Purpose, { roles: UserRole[]; kinds: AgencyKind[] | 'any' }> = {
  [Purpose.CASE_WORK]: { roles: CASE_HANDLERS, kinds: 'any' },
  [Purpose.ASSESSMENT]: { roles: CASE_HANDLERS, kinds: [AgencyKind.ASSESSMENT_TEAM] },
  [Purpose.COURT_PROCEEDINGS]: { roles: CASE_HANDLERS, kinds: [AgencyKind.ORPHAN_COURT] },
  [Purpose.EMERGENCY]: { roles: CASE_HANDLERS, kinds: [AgencyKind.ORPHAN_COURT, AgencyKind.CRISIS_CENTRE, AgencyKind.SOCIAL_SERVICE] },
  [Purpose.SUPERVISION]: { roles: [UserRole.DPO, UserRole.INSPECTOR], kinds: 'any' },
  [Purpose.REPORTING]: { roles: [UserRole.ANALYST], kinds: 'any' },
  [Purpose.ADMINISTRATION]: { roles: [UserRole.ADMIN], kinds: 'any' },
  [Purpose.CLIENT_REQUEST]: { roles: [UserRole.PORTAL], kinds: [AgencyKind.STATE_PORTAL] },
};

const SIX = Object.values(InvolvementRole);
const REACHES: Record<Purpose, CaseRole[]> = {
  [Purpose.CASE_WORK]: SIX,
  [Purpose.ASSESSMENT]: [InvolvementRole.ASSESSMENT_TEAM],
  [Purpose.COURT_PROCEEDINGS]: [InvolvementRole.ORPHAN_COURT],
  [Purpose.EMERGENCY]: [EmergencyRole.EMERGENCY],
  [Purpose.SUPERVISION]: [], [Purpose.REPORTING]: [], [Purpose.ADMINISTRATION]: [], [Purpose.CLIENT_REQUEST]: [],
};

/** ACCESS.md, "Emergency access": the EMERGENCY column. */
const EMERGENCY_COLUMN: Record<Category, 'R' | 'Own' | '-'> = {
  CASE: 'R', IDENTITY: 'R', IDENTIFIER: 'R', SAFETY: 'R', HEALTH: 'R', PLACEMENT: 'R', FAMILY: 'R', FOLLOW_UP: 'Own',
  ASSESSMENT: '-', CHILD_VOICE: '-', PLAN: '-',
};

const agency = (kind: AgencyKind) => ({ id: 'a', code: 'A', kind, municipalityCode: null, regionCode: null });

describe('who may claim which purpose', () => {
  const cells = Object.values(Purpose).flatMap((purpose) => Object.values(UserRole).flatMap((role) =>
    Object.values(AgencyKind).map((kind) => [purpose, role, kind] as const)));

  it.each(cells)('%s by a %s of a %s', (purpose, role, kind) => {
    const { roles, kinds } = CLAIMS[purpose];
    expect(mayClaim({ role, agency: agency(kind) }, purpose)).toBe(roles.includes(role) && (kinds === 'any' || kinds.includes(kind)));
  });
});

describe('a purpose picks columns of the matrix, never adds any', () => {
  const roles: CaseRole[] = [...SIX, EmergencyRole.EMERGENCY];
  const OPERATIONS: Operation[] = ['read', 'create', 'update-own', 'update-any'];

  it.each(Object.values(Purpose))('%s', (purpose) => {
    for (const role of roles) {
      for (const category of Object.values(Category)) {
        for (const operation of OPERATIONS) {
          const withPurpose = decide({ role: UserRole.CASE_WORKER, purpose }, [role], category, operation);
          const matrix = decide({ role: UserRole.CASE_WORKER }, [role], category, operation);
          expect([role, category, operation, withPurpose]).toEqual([role, category, operation, REACHES[purpose].includes(role) && matrix]);
        }
      }
    }
  });

  it('gives the EMERGENCY column of ACCESS.md to an emergency access', () => {
    const emergency = { role: UserRole.CASE_WORKER, purpose: Purpose.EMERGENCY };
    for (const category of Object.values(Category)) {
      const right = EMERGENCY_COLUMN[category];
      expect([category, 'read', decide(emergency, [EmergencyRole.EMERGENCY], category, 'read')]).toEqual([category, 'read', right !== '-']);
      expect([category, 'create', decide(emergency, [EmergencyRole.EMERGENCY], category, 'create')]).toEqual([category, 'create', right === 'Own']);
      expect([category, 'update-any', decide(emergency, [EmergencyRole.EMERGENCY], category, 'update-any')]).toEqual([category, 'update-any', false]);
    }
  });

  it('unions the reached columns when an agency holds several roles', () => {
    const both = [InvolvementRole.ORPHAN_COURT, EmergencyRole.EMERGENCY];
    expect(decide({ role: UserRole.CASE_WORKER, purpose: Purpose.COURT_PROCEEDINGS }, both, Category.HEALTH, 'read')).toBe(false);
    expect(decide({ role: UserRole.CASE_WORKER, purpose: Purpose.EMERGENCY }, both, Category.HEALTH, 'read')).toBe(true);
  });

  it('filters a case list only by what every reached column reads', () => {
    expect(safeToFilterBy(Category.CASE, Purpose.EMERGENCY)).toBe(true);
    expect(safeToFilterBy(Category.HEALTH, Purpose.EMERGENCY)).toBe(true);
    expect(safeToFilterBy(Category.HEALTH, Purpose.CASE_WORK)).toBe(false);
    expect(safeToFilterBy(Category.PLAN, Purpose.EMERGENCY)).toBe(false);
  });
});

describe('the root queries a purpose asks', () => {
  it.each([
    [Purpose.REPORTING, 'ANALYST', true], [Purpose.REPORTING, 'CASE_HANDLER', false], [Purpose.SUPERVISION, 'ACCESS_LOG', true],
    [Purpose.SUPERVISION, 'CASE_HANDLER', false], [Purpose.SUPERVISION, 'EMERGENCY_REVIEW', true], [Purpose.CASE_WORK, 'EMERGENCY_REVIEW', false],
    [Purpose.CLIENT_REQUEST, 'ACCESS_REPORT', true], [Purpose.CASE_WORK, 'ACCESS_REPORT', false], [Purpose.ADMINISTRATION, 'CASE_LISTER', false],
    [Purpose.EMERGENCY, 'DISCOVERER', false], [Purpose.CASE_WORK, 'ACCESS_LOG', true], [Purpose.ADMINISTRATION, 'PUBLIC', true],
  ] as const)('%s asks %s: %s', (purpose, kind, expected) => {
    expect(purposeAsks({ purpose }, kind)).toBe(expected);
  });
});
