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

export enum AgencyKind {
  SOCIAL_SERVICE = 'SOCIAL_SERVICE',
  ORPHAN_COURT = 'ORPHAN_COURT',
  SUPPORT_CENTRE = 'SUPPORT_CENTRE',
  INSTITUTION = 'INSTITUTION',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
  ASSESSMENT_TEAM = 'ASSESSMENT_TEAM',
  OVERSIGHT = 'OVERSIGHT',
}

registerEnumType(UserRole, { name: 'UserRole', description: "A user's role inside their agency" });
registerEnumType(InvolvementRole, { name: 'InvolvementRole', description: 'The part an agency plays in a case' });
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
