import { column, firstOf, instant, Projections } from '../kernel/projection';

/** The case's own columns and its client, as compiled reads build them (kernel/projection.ts). */
export const CASE_PROJECTIONS: Projections = {
  Case: {
    table: 'care_case',
    fields: {
      id: column('id'), targetGroup: column('target_group'), intakeType: column('intake_type'), reportedBy: column('reported_by'),
      status: column('status'), openedOn: column('opened_on'), closedOn: column('closed_on'), createdAt: instant('created_at'),
      version: column('version'), reportRestrictedAt: instant('report_restricted_at'),
      // a client is read through the case it was reached by (CaseFields.client)
      client: firstOf({ type: 'Client', table: 'client', key: 'id', parentColumn: 'client_id' }),
    },
  },
};
