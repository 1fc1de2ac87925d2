import { caseAccessSummary, decide, mayReadNode } from '../../src/access/decide';
import { FIELD_CATEGORIES, NODE_TYPES, ROW_CATEGORY } from '../../src/access/policy';
import { Category } from '../../src/kernel/categories';
import { CaseRole, InvolvementRole, Purpose, UserRole } from '../../src/kernel/principal';

const worker = { role: UserRole.CASE_WORKER, purpose: Purpose.CASE_WORK };
const ROLES = Object.values(CaseRole) as CaseRole[];

/** Case.access and node(id:) are the policy table read another way: checked against decide() cell by cell. */
describe('what a caller is told it may read (Case.access)', () => {
  it.each(ROLES)('%s: a field is listed exactly when its category is readable (rows with their own category always)', (role) => {
    const access = caseAccessSummary({ role: UserRole.CASE_WORKER }, [role]);
    for (const [type, fields] of Object.entries(FIELD_CATEGORIES)) {
      for (const [field, rule] of Object.entries(fields)) {
        const readable = rule === 'PUBLIC' || type in ROW_CATEGORY || decide({ role: UserRole.CASE_WORKER }, [role], rule, 'read');
        expect([`${type}.${field}`, access.readableFields.includes(`${type}.${field}`)]).toEqual([`${type}.${field}`, readable]);
      }
    }
    expect(access.writableCategories).toEqual(Object.values(Category).filter((c) => decide({ role: UserRole.CASE_WORKER }, [role], c, 'create')));
  });

  it('tells a role that reaches no case data nothing, and a purpose only the columns it reaches', () => {
    expect(caseAccessSummary({ role: UserRole.ANALYST }, [InvolvementRole.CASE_MANAGER])).toEqual(
      { roles: [], readableCategories: [], writableCategories: [], readableFields: expect.any(Array) });
    const court = caseAccessSummary({ role: UserRole.CASE_WORKER, purpose: Purpose.COURT_PROCEEDINGS },
      [InvolvementRole.ORPHAN_COURT, InvolvementRole.CASE_MANAGER]);
    expect(court.roles).toEqual([InvolvementRole.ORPHAN_COURT]);
  });

  it('gives an adult case\'s manager the placement to write (the adult matrix)', () => {
    expect(caseAccessSummary(worker, [InvolvementRole.CASE_MANAGER], { adult: true }).writableCategories).toContain(Category.PLACEMENT);
    expect(caseAccessSummary(worker, [InvolvementRole.CASE_MANAGER], { adult: false }).writableCategories).not.toContain(Category.PLACEMENT);
  });
});

describe('node(id:) is answered where the case lists the object', () => {
  // the matrix itself (no purpose picks columns): every role, the emergency column too
  const matrix = { role: UserRole.CASE_WORKER };
  it.each(ROLES)('%s', (role) => {
    for (const [type, field] of Object.entries(NODE_TYPES)) {
      const rule = FIELD_CATEGORIES.Case[field];
      const listed = rule === 'PUBLIC' || decide(matrix, [role], rule, 'read');
      expect([type, mayReadNode(matrix, [role], { type, rowCategory: null })]).toEqual([type, listed]);
    }
    for (const category of [Category.FOLLOW_UP, Category.HEALTH, Category.SAFETY, Category.FAMILY]) {
      const expected = decide(matrix, [role], Category.FOLLOW_UP, 'read') && decide(matrix, [role], category, 'read');
      expect([category, mayReadNode(matrix, [role], { type: 'FollowUp', rowCategory: category })]).toEqual([category, expected]);
    }
  });

  it('answers nothing for a type it does not refetch, or to a caller with no role in the case', () => {
    expect(mayReadNode(worker, [InvolvementRole.CASE_MANAGER], { type: 'Client', rowCategory: null })).toBe(false);
    expect(mayReadNode(worker, [], { type: 'Case', rowCategory: null })).toBe(false);
    // a purpose that does not reach the role it holds: the object is not reached
    expect(mayReadNode(worker, [CaseRole.EMERGENCY], { type: 'Case', rowCategory: null })).toBe(false);
  });
});
