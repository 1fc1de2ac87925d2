import { CarerRelation } from '../kernel/carers';
import type { Caller } from '../kernel/principal';
import { CARER_PURPOSES } from './policy';
import { activeInvolvement } from './scope';

/**
 * How the agency bound at `agencyParam` stands to carer row `carer` now, as a text array (SQL): the
 * support centre that supports it, the orphan court of its municipality, the social service managing
 * the case of a child living with it today. Every statement that reads carers embeds this.
 */
export function carerRelationsOf(carer: string, agencyParam: string): string {
  return `array_remove(ARRAY[
      CASE WHEN ${carer}.support_centre_id = ${agencyParam} THEN '${CarerRelation.SUPPORTING_CENTRE}' END,
      CASE WHEN EXISTS (SELECT 1 FROM agency oc WHERE oc.id = ${agencyParam} AND oc.kind = 'ORPHAN_COURT'
                          AND oc.municipality_code = ${carer}.municipality_code) THEN '${CarerRelation.CARER_COURT}' END,
      CASE WHEN EXISTS (SELECT 1 FROM placement pc JOIN involvement iv ON iv.case_id = pc.case_id
                         WHERE pc.carer_id = ${carer}.id AND pc.starts_on <= current_date
                           AND (pc.ends_on IS NULL OR pc.ends_on > current_date)
                           AND iv.agency_id = ${agencyParam} AND iv.role = 'CASE_MANAGER' AND ${activeInvolvement('iv')})
           THEN '${CarerRelation.PLACING_SERVICE}' END], NULL)::text[]`;
}

/** The carer row `carer` is reached by the request: a relation its purpose acts through. */
export function carerReachableBy(carer: string, agencyParam: string, principal: Pick<Caller, 'purpose'>): string {
  const reaches = CARER_PURPOSES[principal.purpose] ?? [];
  if (reaches.length === 0) return 'false';
  return `${carerRelationsOf(carer, agencyParam)} && ARRAY[${reaches.map((r) => `'${r}'`).join(', ')}]::text[]`;
}
