import { EntityManager } from 'typeorm';
import { placementLimitRule, servesHardestCases } from '../reference';
import { badInput } from '../kernel/errors';
import { ageInYears } from './age-rules';
import { PlacementDetailsInput } from './placement.inputs';
import { checkHomeLimits } from './provider-limits';

/**
 * Refuses a child a home has no room for, by the size limits of its kind (placement_limit_rule,
 * synced from placement-limits.json); returns the recorded exception's reason where one allows it.
 * Kinds without limits pass. Counted per provider: such a placement names its provider.
 */
export async function homeLimitException(tx: EntityManager, caseId: string, details: PlacementDetailsInput, providerId: string | null,
  exceptionReason: string | null, path: string): Promise<string | null> {
  const rule = await placementLimitRule(tx, details.type);
  if (!rule) return null;
  if (!providerId) throw badInput(`${path}.providerAgencyCode`, `is required for a ${details.type} (its size limit is counted per home)`);
  // placements with one home are counted one at a time
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('home:' || $1 || ':' || $2))`, [providerId, details.type]);
  const children: { birthDate: string | null; self: boolean }[] = await tx.query(
    `SELECT cl.birth_date AS "birthDate", false AS self
       FROM placement p JOIN care_case c ON c.id = p.case_id JOIN client cl ON cl.id = c.client_id
      WHERE p.provider_agency_id = $1 AND p.type = $2 AND p.case_id <> $3
        -- every child whose stay overlaps the new one's, future placements included
        AND p.starts_on < COALESCE($5::date, 'infinity'::date) AND COALESCE(p.ends_on, 'infinity'::date) > $4
     UNION ALL
     SELECT cl.birth_date, true FROM care_case c JOIN client cl ON cl.id = c.client_id WHERE c.id = $3`,
    [providerId, details.type, caseId, details.startsOn, details.endsOn ?? null]);
  const age = (birthDate: string | null) => ({ age: birthDate ? ageInYears(birthDate, details.startsOn) : null });
  const decision = checkHomeLimits(rule, await servesHardestCases(tx, providerId, details.type),
    children.filter((c) => !c.self).map((c) => age(c.birthDate)), age(children.find((c) => c.self)?.birthDate ?? null),
    details.siblingGroup, exceptionReason);
  if (!decision.ok) throw badInput(`${path}.${decision.field}`, decision.reason);
  return decision.exception;
}
