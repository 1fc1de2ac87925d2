import { column, instant, Projections } from '../kernel/projection';

/** The case's own columns and its client, as compiled reads build them (kernel/projection.ts). */
export const CASE_PROJECTIONS: Projections = {
  Case: {
    table: 'care_case',
    fields: {
      id: column('id'), targetGroup: column('target_group'), intakeType: column('intake_type'), reportedBy: column('reported_by'),
      status: column('status'), openedOn: column('opened_on'), closedOn: column('closed_on'), createdAt: instant('created_at'),
      version: column('version'), reportRestrictedAt: instant('report_restricted_at'),
      // a client is read through the case it was reached by (CaseFields.client)
      client: {
        type: 'Client',
        sql: (row, object, _args, scope) => {
          const cl = scope.alias();
          return `(SELECT ${object(cl)} FROM client ${cl} WHERE ${cl}.id = ${row}.client_id)`;
        },
      },
    },
  },
};
