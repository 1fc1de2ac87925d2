/**
 * What is kept of the places in use (places.ts): per case municipality (the `scoped` area), target
 * group and provider, as the rollups and snapshots keep the other figures.
 */

/** The placements part kept in the rollups and snapshots: (area, tg, col = provider code|placement type, clients). */
export const PLACED_WITH_PROVIDERS = `
    SELECT s.area, s.target_group AS tg, a.code || '|' || p.type AS col, count(DISTINCT s.client_id) AS value FROM scoped s
      JOIN placement p ON p.case_id = s.id AND p.provider_agency_id IS NOT NULL AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)
      JOIN agency a ON a.id = p.provider_agency_id
     GROUP BY 1, 2, 3`;

/** The plans part, rebuilt with the rollups: (area, tg, provider code, service type, clients). */
export const PLANNED_WITH_PROVIDERS = `
    SELECT s.area, s.target_group AS tg, a.code AS provider, v.service_type, count(DISTINCT s.client_id) AS clients FROM scoped s
      JOIN support_plan pl ON pl.case_id = s.id AND pl.status = 'ACTIVE' JOIN plan_service v ON v.plan_id = pl.id
      JOIN agency a ON a.id = v.provider_agency_id
     WHERE s.status <> 'CLOSED' GROUP BY 1, 2, 3, 4`;

