import { column, firstOf, instant, listOf, Projections } from '../kernel/projection';
import { agencyLink } from '../reference';

const NEWEST_FIRST = (x: string) => `${x}.assessed_on DESC, ${x}.created_at DESC, ${x}.id DESC`;

/** A case's assessments and their columns, as compiled reads build them (kernel/projection.ts). */
export const ASSESSMENT_PROJECTIONS: Projections = {
  Case: {
    fields: {
      latestAssessment: firstOf({ type: 'Assessment', table: 'assessment', key: 'case_id', orderBy: NEWEST_FIRST }),
      assessments: listOf({ type: 'Assessment', table: 'assessment', key: 'case_id', orderBy: NEWEST_FIRST }),
    },
  },
  Assessment: {
    fields: {
      id: column('id'), type: column('type'), assessedOn: column('assessed_on'), authorUserId: column('author_user_id'),
      needsSummary: column('needs_summary'), careLevel: column('care_level'), recommendedServices: column('recommended_services'),
      healthFindings: column('health_findings'), safetyFindings: column('safety_findings'), familyNotes: column('family_notes'),
      childOpinion: column('child_opinion'), createdAt: instant('created_at'), beforeCaseOpened: column('before_case_opened'),
      authorAgency: agencyLink('author_agency_id'),
    },
  },
};
