import { agreementOf, missingForActivation, readSections, requiredSectionsOf, sectionsOf } from '../../src/plans/plan-sections';
import { PLAN_TEMPLATES } from '../../src/reference';
import { AgreementAnswer, AgreementBy, AgreementStatus, PlanSection } from '../../src/plans/plan-sections.types';
import { PlanSectionsInput } from '../../src/plans/plan-sections.inputs';

const input = (fields: Partial<PlanSectionsInput>) => Object.assign(new PlanSectionsInput(), fields);
const fieldOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { extensions?: { field?: string } }).extensions?.field ?? 'no field';
  }
};

describe('support plan sections: what an input writes and what activation needs', () => {
  it.each([
    ['CHILD_WITHOUT_PARENTAL_CARE', [], AgreementStatus.PENDING, ['HEALTH', 'FAMILY', 'CHILD_VOICE', 'EDUCATION', 'WISHES_AND_INTERESTS', 'AGREEMENT']],
    ['CHILD_WITHOUT_PARENTAL_CARE', ['HEALTH', 'FAMILY', 'CHILD_VOICE', 'EDUCATION', 'WISHES_AND_INTERESTS'], AgreementStatus.AGREED, []],
    ['CHILD_WITH_FUNCTIONAL_IMPAIRMENT', ['HEALTH', 'FAMILY', 'EDUCATION', 'WISHES_AND_INTERESTS'], AgreementStatus.REFUSED, []],
    ['ADULT_WITH_MENTAL_DISORDER', ['HEALTH', 'FAMILY', 'PLACEMENT', 'EMPLOYMENT', 'WISHES_AND_INTERESTS'], AgreementStatus.RECORDED_BEFORE_RULE,
      ['SUPPORT_VOLUME', 'AGREEMENT']],
  ])('%s with %j and %s lacks %j', (group, filled, agreement, missing) => {
    // as the shipped template (the register's rows before any operator's edit) requires
    expect(missingForActivation(requiredSectionsOf(group, null), filled, agreement)).toEqual(missing);
  });

  it("takes the required sections from the synced register's row, in its order, and checks what it holds", () => {
    expect(missingForActivation(requiredSectionsOf('CHILD_WITH_FUNCTIONAL_IMPAIRMENT', ['EDUCATION', 'HEALTH']), ['HEALTH'], AgreementStatus.AGREED))
      .toEqual(['EDUCATION']);
    expect(() => requiredSectionsOf('ADULT_WITH_MENTAL_DISORDER', 'HEALTH')).toThrow(/plan_template ADULT_WITH_MENTAL_DISORDER required_sections/);
  });

  it('the templates name exactly the sections a plan has (PlanSection)', () => {
    expect([...PLAN_TEMPLATES.sections].sort()).toEqual(Object.values(PlanSection).sort());
  });

  it('writes only the sections given, validated, under their paths', () => {
    const written = sectionsOf(input({ health: { medications: [{ name: 'Melatonīns', dose: '3 mg' }] }, wishesAndInterests: ' futbols ' }), 'input');
    expect([...written.keys()]).toEqual([PlanSection.HEALTH, PlanSection.WISHES_AND_INTERESTS]);
    expect(written.get(PlanSection.WISHES_AND_INTERESTS)).toEqual({ description: 'futbols' });
    expect(fieldOf(() => sectionsOf(input({ health: { medications: [] } }), 'input'))).toBe('input.health');
    expect(fieldOf(() => sectionsOf(input({ health: { medications: [{ name: 'x', dose: ' ' }] } }), 'input'))).toBe('input.health.medications.0.dose');
    expect(fieldOf(() => sectionsOf(input({ health: { medications: [], disabilityValidUntil: '2027-01-01', description: 'x' } }), 'input')))
      .toBe('input.health.disabilityValidUntil');
    expect(fieldOf(() => sectionsOf(input({ supportVolume: { careLevel: 5, description: 'x' } }), 'input'))).toBe('input.supportVolume.careLevel');
  });

  it('takes a refusal only with its reason, and no answer from the future', () => {
    const today = '2026-11-30';
    expect(agreementOf({ status: AgreementAnswer.AGREED, on: today, by: AgreementBy.CLIENT }, 'a', today))
      .toEqual({ status: 'AGREED', on: today, by: 'CLIENT', refusalReason: null });
    expect(fieldOf(() => agreementOf({ status: AgreementAnswer.REFUSED, on: today, by: AgreementBy.CLIENT }, 'a', today))).toBe('a.refusalReason');
    expect(fieldOf(() => agreementOf({ status: AgreementAnswer.AGREED, on: '2026-12-01', by: AgreementBy.CLIENT }, 'a', today))).toBe('a.on');
  });

  it('reads a pseudonymised section (the retention marker) as emptied, not as an error', () => {
    const read = readSections('c', { HEALTH: '[removed]', FAMILY: { people: [{ name: 'A', relation: 'SIBLING', role: 'FAMILY_MEMBER' }] } });
    expect(read.filledSections).toEqual([PlanSection.HEALTH, PlanSection.FAMILY]);
    expect(read.health).toMatchObject({ caseId: 'c', medications: [], description: null });
    expect(read.family?.people).toEqual([{ caseId: 'c', name: 'A', relation: 'SIBLING', role: 'FAMILY_MEMBER', contactArrangement: null }]);
  });
});
