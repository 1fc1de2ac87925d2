import { registerEnumType } from 'type-graphql';

/** A user's role inside their agency, from the token's `role` claim. */
export enum UserRole {
  CASE_WORKER = 'CASE_WORKER',
  SPECIALIST = 'SPECIALIST',
  MANAGER = 'MANAGER',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
  /** data protection officer: reads who accessed the cases their agency manages */
  DPO = 'DPO',
  /** oversight inspector (e.g. VBTAI): reads who accessed any case */
  INSPECTOR = 'INSPECTOR',
  /** the state portal's system (Latvija.lv), asking for a person's own access report */
  PORTAL = 'PORTAL',
}

/** The part an agency plays in one case (lietas dalībnieka loma). */
export enum InvolvementRole {
  CASE_MANAGER = 'CASE_MANAGER',
  ORPHAN_COURT = 'ORPHAN_COURT',
  SUPPORT_CENTRE = 'SUPPORT_CENTRE',
  CURRENT_PROVIDER = 'CURRENT_PROVIDER',
  PREVIOUS_PROVIDER = 'PREVIOUS_PROVIDER',
  ASSESSMENT_TEAM = 'ASSESSMENT_TEAM',
}

/**
 * The role of the one involvement no case manager grants: emergency access (ārkārtas piekļuve),
 * time-limited and reviewed by the managing service's data protection officer.
 */
export enum EmergencyRole {
  EMERGENCY = 'EMERGENCY',
}

/** Any role an agency can hold in a case: one granted by the case manager, or emergency access. */
export type CaseRole = InvolvementRole | EmergencyRole;
export const CaseRole = { ...InvolvementRole, ...EmergencyRole };

export enum AgencyKind {
  SOCIAL_SERVICE = 'SOCIAL_SERVICE',
  ORPHAN_COURT = 'ORPHAN_COURT',
  SUPPORT_CENTRE = 'SUPPORT_CENTRE',
  INSTITUTION = 'INSTITUTION',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
  ASSESSMENT_TEAM = 'ASSESSMENT_TEAM',
  OVERSIGHT = 'OVERSIGHT',
  /** a crisis centre (krīzes centrs): a provider, and one that may need a case at night */
  CRISIS_CENTRE = 'CRISIS_CENTRE',
  /** the state portal (Latvija.lv), which shows a person their own access report */
  STATE_PORTAL = 'STATE_PORTAL',
}

/**
 * Why a request reads or writes (IHE IUA / HL7 purpose of use), from the token's `purpose_of_use`
 * claim. The policy table says who may claim which, and what each reaches (access/policy.ts).
 */
export enum Purpose {
  CASE_WORK = 'CASE_WORK',
  ASSESSMENT = 'ASSESSMENT',
  COURT_PROCEEDINGS = 'COURT_PROCEEDINGS',
  EMERGENCY = 'EMERGENCY',
  SUPERVISION = 'SUPERVISION',
  REPORTING = 'REPORTING',
  ADMINISTRATION = 'ADMINISTRATION',
  CLIENT_REQUEST = 'CLIENT_REQUEST',
}

registerEnumType(UserRole, { name: 'UserRole', description: "A user's role inside their agency" });
registerEnumType(CaseRole, { name: 'InvolvementRole', description: 'The part an agency plays in a case' });
registerEnumType(Purpose, { name: 'Purpose', description: 'Why a request reads or writes (the token claim purpose_of_use)' });
registerEnumType(AgencyKind, { name: 'AgencyKind' });

/** Who is calling, established from a verified token and the hub's agency register. */
export interface Principal {
  userId: string;
  /** Display name from the token, when the identity provider sends one. */
  name: string | undefined;
  role: UserRole;
  agency: {
    id: string;
    code: string;
    kind: AgencyKind;
    municipalityCode: string | null;
    regionCode: string | null;
  };
}

/** Who is calling and why: the principal and the request's purpose of use, checked against the policy when authenticated. */
export interface Caller extends Principal {
  purpose: Purpose;
}
