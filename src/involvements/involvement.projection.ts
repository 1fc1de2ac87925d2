import { column, instant, listOf, Projections } from '../kernel/projection';
import { agencyLink } from '../reference';

/** A case's involvements and their columns, as compiled reads build them (kernel/projection.ts). */
export const INVOLVEMENT_PROJECTIONS: Projections = {
  Case: {
    fields: {
      involvements: listOf({ type: 'Involvement', table: 'involvement', key: 'case_id', orderBy: (i) => `${i}.valid_from, ${i}.id` }),
    },
  },
  Involvement: {
    fields: {
      id: column('id'), role: column('role'), validFrom: instant('valid_from'), validUntil: instant('valid_until'),
      endedAt: instant('ended_at'), endReason: column('end_reason'), legalBasis: column('legal_basis'), createdAt: instant('created_at'),
      // isActive, at the statement's time
      active: { leaf: (r) => `(${r}.ended_at IS NULL AND ${r}.valid_from <= now() AND (${r}.valid_until IS NULL OR ${r}.valid_until > now()))` },
      agency: agencyLink('agency_id'),
    },
  },
};
