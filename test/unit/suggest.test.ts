import { CaseStatus } from '../../src/cases/case.entity';
import { FollowUpKind } from '../../src/follow-ups/follow-up.entity';
import { damerauLevenshtein, suggest } from '../../src/kernel/suggest';
import { FosterForm, PlacementType } from '../../src/placements/placement.entity';
import { ServiceType } from '../../src/plans/service-type';

const values = (e: Record<string, string>) => Object.values(e);

describe('suggestions over the whole value list', () => {
  it.each<[string, string[], string, string[]]>([
    // what graphql-js gets wrong: plain edit distance puts CRISIS (3 edits) before HOME_VISIT (5)
    ['VISIT', values(FollowUpKind), 'a word part of one value', ['HOME_VISIT']],
    ['home-visit', values(FollowUpKind), 'case and separators', ['HOME_VISIT']],
    ['HomeVisit', values(FollowUpKind), 'no separator at all', ['HOME_VISIT']],
    ['PHONE_CALL', values(FollowUpKind), 'a value that is a word part of the input', ['PHONE']],
    ['MONITORING', values(FollowUpKind), 'the last word of a long value', ['POST_CLOSURE_MONITORING']],
    ['REVIEW', values(FollowUpKind), 'one word of two', ['SITUATION_REVIEW']],
    ['CRISSIS', values(FollowUpKind), 'a doubled letter', ['CRISIS']],
    ['MEETNIG', values(FollowUpKind), 'two letters swapped (one edit)', ['MEETING']],
    ['ORDINARI', values(FosterForm), 'a typo', ['ORDINARY']],
    ['SPECIALIZED', values(FosterForm), 'American spelling', ['SPECIALISED']],
    ['VIS', values(FollowUpKind), 'the start of a word', ['HOME_VISIT']],
    ['SOC_MENT', values(ServiceType), 'the start of each word', ['SOCIAL_MENTOR']],
    ['MENTOR', values(ServiceType), 'over a list of twenty', ['SOCIAL_MENTOR']],
    ['GROUP_HOME', values(ServiceType), 'ties in the same tier, alphabetically, and only the best tier', ['GROUP_HOME_WITH_CARE', 'GROUP_HOME_WITH_REHABILITATION']],
    ['CENTRE', values(ServiceType), 'fewer words apart first, at most three', ['CRISIS_CENTRE', 'MULTIFUNCTIONAL_CENTRE', 'DAY_CARE_CENTRE']],
    ['FOSTER', values(PlacementType), 'a word of a value, in another enum', ['FOSTER_FAMILY']],
    ['FAMILY', values(PlacementType), 'a word of three values, fewer words apart first', ['BIRTH_FAMILY', 'FOSTER_FAMILY', 'FAMILY_LIKE_CARE_HOME']],
    ['OPEN', values(CaseStatus), 'nothing close', []],
    ['XYZZY', values(FollowUpKind), 'nothing at all', []],
    ['', values(FollowUpKind), 'an empty value', []],
  ])('%s in %p (%s): %p', (typed, list, _why, expected) => {
    expect(suggest(typed, list)).toEqual(expected);
  });

  it('measures a swap of neighbours as one edit', () => {
    expect(damerauLevenshtein('MEETING', 'MEETNIG')).toBe(1);
    expect(damerauLevenshtein('VISIT', 'CRISIS')).toBe(3);
    expect(damerauLevenshtein('VISIT', 'HOME_VISIT')).toBe(5);
    expect(damerauLevenshtein('', 'ABC')).toBe(3);
  });
});
