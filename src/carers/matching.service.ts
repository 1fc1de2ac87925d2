import { CarerCategory, CarerRelation } from '../kernel/carers';
import { carerRelationsOf } from '../access/carer-scope';
import { decideCarer } from '../access/decide';
import { reachableBy } from '../access/scope';
import type { RequestContext } from '../kernel/context';
import type { Caller } from '../kernel/principal';
import { today } from '../kernel/dates';
import { badInput } from '../kernel/errors';
import { uuids } from '../kernel/loaders';
import { FosterForm } from '../placements';
import { linkedSiblingCasesSql } from '../plans';
import { MatchCandidate } from './matching.types';

/** How the score is made up (out of 100); the weights are the ranking's whole policy, stated in the README. */
export const MATCH_WEIGHTS = { capacity: 40, siblings: 20, distance: 20, competences: 20, distanceHorizonKm: 300 };

const COMPETENCES = [
  ['careAndProtection', 'child care and protection', 'safety', 'safety concerns in the latest assessment'],
  ['developmentalNeeds', 'meeting developmental needs', 'special', 'a functional impairment'],
  ['birthFamilyRelationship', 'the relationship with the birth family', 'family', 'birth-family notes in the latest assessment'],
  ['permanency', 'lifelong relationships', null, null],
  ['teamwork', 'teamwork', null, null],
] as const;

interface Row {
  carerId: string; form: FosterForm; municipalityCode: string; children: number; limit: number; needed: number; siblingsHere: number;
  siblingsMayExceed: boolean; maxTermDays: number | null; distanceKm: number | null; assessedOn: string | null;
  careAndProtection: number | null; developmentalNeeds: number | null; birthFamilyRelationship: number | null; permanency: number | null;
  teamwork: number | null; fits: boolean; competenceFit: number; score: number; relations: CarerRelation[];
  childAge: number | null; special: boolean; safety: boolean; family: boolean; childMunicipality: string;
}

/** The weight of a competence for this child: double where the child's assessed needs ask for it. */
const weight = (need: string | null) => `CASE WHEN ${need ? `ch.${need}` : 'false'} THEN 2 ELSE 1 END`;
const WEIGHTED = COMPETENCES.map(([field, , need]) => `${weight(need)} * ca.${snake(field)}`).join(' + ');
const WEIGHT_SUM = COMPETENCES.map(([, , need]) => weight(need)).join(' + ');
function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Active foster families ranked for a child, in one statement whatever the number of carers: each
 * (carer, recognised form) with the children living there on the day, the form's limit with the
 * child and the siblings to be placed (the age bands of the register applied to every child
 * concerned), the siblings already there, the distance between municipality centres and the latest
 * competence assessment weighted by the child's assessed needs.
 */
export function candidatesStatement(principal: Pick<Caller, 'role' | 'purpose'>, withSiblings = true): string {
  const { capacity, siblings, distance, competences, distanceHorizonKm } = MATCH_WEIGHTS;
  // the siblings named: those already living with the candidate, and the children to place (the child and the others);
  // without any, the child alone, and no per-candidate look at an empty list
  const siblingsJoins = withSiblings ? `      CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM sib WHERE sib.carer_id = cand.id) here
      CROSS JOIN LATERAL (
        SELECT 1 + count(*)::int AS n,
               LEAST(COALESCE(ages.youngest, 99), COALESCE((ch_age.years), 0), COALESCE(min(COALESCE(($3::date - s.birth_date) / 365.25, 0)), 99)) AS youngest,
               LEAST(COALESCE(ages.youngest_special, 99), CASE WHEN ch.special THEN COALESCE(ch_age.years, 0) ELSE 99 END,
                     COALESCE(min(CASE WHEN s.special THEN COALESCE(($3::date - s.birth_date) / 365.25, 0) END), 99)) AS youngest_special
          FROM sib s WHERE s.carer_id IS DISTINCT FROM cand.id) needed
` : `      CROSS JOIN (SELECT 0 AS n) here
      CROSS JOIN LATERAL (SELECT 1 AS n, LEAST(COALESCE(ages.youngest, 99), COALESCE(ch_age.years, 0)) AS youngest,
                                 LEAST(COALESCE(ages.youngest_special, 99), CASE WHEN ch.special THEN COALESCE(ch_age.years, 0) ELSE 99 END)
                                   AS youngest_special) needed
`;
  return `
  WITH ch AS (
    SELECT c.id, cl.birth_date, c.target_group = 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT' AS special, m.lat, m.lon, m.code AS municipality,
           COALESCE(la.safety, false) AS safety, COALESCE(la.family, false) AS family
      FROM care_case c JOIN client cl ON cl.id = c.client_id JOIN municipality m ON m.code = cl.declared_municipality_code
      LEFT JOIN LATERAL (SELECT COALESCE(a.safety_findings, '') <> '' AS safety, COALESCE(a.family_notes, '') <> '' AS family
                           FROM assessment a WHERE a.case_id = c.id ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1) la ON true
     WHERE c.id = $2),
  sib AS (
    SELECT sc.id, scl.birth_date, sc.target_group = 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT' AS special,
           (SELECT p.carer_id FROM placement p WHERE p.case_id = sc.id AND p.carer_id IS NOT NULL AND p.starts_on <= $3
               AND (p.ends_on IS NULL OR p.ends_on > $3) LIMIT 1) AS carer_id
      FROM care_case sc JOIN client scl ON scl.id = sc.client_id
     WHERE (CASE WHEN $4::uuid[] IS NULL THEN sc.id IN ${linkedSiblingCasesSql('$2', '$1', principal)} ELSE sc.id = ANY($4::uuid[]) END)
       AND sc.id <> $2 AND ${reachableBy('sc.id', '$1', principal)}),
  cand AS (
    SELECT k.id, k.municipality_code, f.form, r.max_children, r.age_bands, r.siblings_may_exceed, r.max_term_days
      FROM carer k JOIN carer_form f ON f.carer_id = k.id JOIN carer_form_rule r ON r.form = f.form
     WHERE k.status = 'ACTIVE' AND k.kind = 'FOSTER_FAMILY'),
  -- the distance from the child's municipality centre to each of the 43, once per municipality rather than per carer
  dist AS MATERIALIZED (
    SELECT mk.code, round((6371 * 2 * asin(sqrt(power(sin(radians(mk.lat - ch.lat) / 2), 2)
             + cos(radians(ch.lat)) * cos(radians(mk.lat)) * power(sin(radians(mk.lon - ch.lon) / 2), 2))))::numeric, 1)::float8 AS km
      FROM municipality mk CROSS JOIN ch),
  -- the children living with each carer on the day, once per carer, from the placement index alone: how many, the strictest form
  living AS (
    SELECT p.carer_id, count(*)::int AS n, min(lr.max_children) AS form_limit
      FROM placement p JOIN carer_form_rule lr ON lr.form = p.foster_form
     WHERE p.carer_id IS NOT NULL AND p.starts_on <= $3 AND (p.ends_on IS NULL OR p.ends_on > $3) AND p.case_id <> $2
     GROUP BY p.carer_id),
  -- the latest competence assessment of each carer, in one pass over its index
  comp AS (
    SELECT DISTINCT ON (a.carer_id) a.carer_id, a.assessed_on, a.care_and_protection, a.developmental_needs, a.birth_family_relationship,
           a.permanency, a.teamwork
      FROM carer_competence_assessment a ORDER BY a.carer_id, a.assessed_on DESC, a.created_at DESC),
  scored AS (
    SELECT cand.id AS "carerId", cand.form, cand.municipality_code AS "municipalityCode",
           cand.siblings_may_exceed AS "siblingsMayExceed", cand.max_term_days AS "maxTermDays",
           lv.children, here.n AS "siblingsHere", needed.n AS needed, lim.n AS "limit",
           ch.municipality AS "childMunicipality", ch.special, ch.safety, ch.family,
           floor(($3::date - ch.birth_date) / 365.25)::int AS "childAge",
           dist.km AS "distanceKm",
           ca.assessed_on::text AS "assessedOn", ca.care_and_protection AS "careAndProtection", ca.developmental_needs AS "developmentalNeeds",
           ca.birth_family_relationship AS "birthFamilyRelationship", ca.permanency, ca.teamwork,
           COALESCE((${WEIGHTED})::float8 / (5 * (${WEIGHT_SUM})), 0) AS "competenceFit",
           (lv.children + needed.n <= lim.n OR (cand.siblings_may_exceed AND needed.n + here.n > 1)) AS fits
      FROM cand CROSS JOIN ch CROSS JOIN LATERAL (SELECT ($3::date - ch.birth_date) / 365.25 AS years) ch_age
      LEFT JOIN dist ON dist.code = cand.municipality_code
      LEFT JOIN living l ON l.carer_id = cand.id
      CROSS JOIN LATERAL (SELECT COALESCE(l.n, 0) AS children) lv
      -- the ages of the children living there, read (through the case and the client) only where the form has age bands
      CROSS JOIN LATERAL (
        SELECT min(COALESCE(($3::date - cl.birth_date) / 365.25, 0)) AS youngest,
               min(COALESCE(($3::date - cl.birth_date) / 365.25, 0)) FILTER (WHERE c.target_group = 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT')
                 AS youngest_special
          FROM placement p JOIN care_case c ON c.id = p.case_id JOIN client cl ON cl.id = c.client_id
         WHERE jsonb_array_length(cand.age_bands) > 0 AND l.n > 0 AND p.carer_id = cand.id AND p.starts_on <= $3
           AND (p.ends_on IS NULL OR p.ends_on > $3) AND p.case_id <> $2) ages
${siblingsJoins}      CROSS JOIN LATERAL (
        -- the form's limit, its age bands that a child concerned falls in, and a living stay's form's own limit (as the placement's check);
        -- a form without age bands skips reading them
        SELECT CASE WHEN jsonb_array_length(cand.age_bands) = 0 THEN LEAST(cand.max_children, COALESCE(l.form_limit, cand.max_children))
               ELSE (SELECT LEAST(cand.max_children, COALESCE(l.form_limit, cand.max_children), COALESCE(min((b->>'maxChildren')::int), cand.max_children))
                       FROM jsonb_array_elements(cand.age_bands) b
                      WHERE CASE WHEN (b->>'specialNeedsOnly')::boolean THEN needed.youngest_special ELSE needed.youngest END
                            < (b->>'childUnder')::numeric) END AS n) lim
      LEFT JOIN comp ca ON ca.carer_id = cand.id)
  SELECT ranked.*, ${carerRelationsOf('k', '$1')} AS relations
    FROM (
  SELECT s.*, (CASE WHEN s.fits THEN ${capacity} ELSE 0 END + CASE WHEN s."siblingsHere" > 0 THEN ${siblings} ELSE 0 END
               + round(${distance} * GREATEST(0, 1 - COALESCE(s."distanceKm", ${distanceHorizonKm}) / ${distanceHorizonKm}))
               + round(${competences} * s."competenceFit"))::int AS score
    FROM scored s
   ORDER BY score DESC, s."distanceKm" NULLS LAST, s."carerId", s.form
   LIMIT $5) ranked
    -- how the caller stands to a carer decides what its reasons show: asked of the ranked few only
    JOIN carer k ON k.id = ranked."carerId"
   ORDER BY ranked.score DESC, ranked."distanceKm" NULLS LAST, ranked."carerId", ranked.form`;
}

function reasonsOf(row: Row, detailed: boolean): string[] {
  const age = row.childAge === null ? 'a child of unknown age' : `a child of ${row.childAge}`;
  const free = row.limit - row.children - row.needed;
  const reasons = [row.fits && free >= 0
    ? `capacity: ${row.children} of ${row.limit} places taken in ${row.form} for ${age}${row.needed > 1 ? ` and ${row.needed - 1} sibling(s)` : ''}; ${free} free after`
    : row.fits ? `capacity: over the ${row.form} limit of ${row.limit} only as siblings placed together (an exception to record)`
      : `capacity: no room, ${row.children} children live here and ${row.form} takes ${row.limit} with ${age}`];
  reasons.push(row.siblingsHere > 0 ? `siblings: ${row.siblingsHere} of the child's siblings already live here, kept together`
    : row.needed > 1 ? `siblings: ${row.fits ? 'room for' : 'no room for'} all ${row.needed} siblings together` : 'siblings: none named to place together');
  reasons.push(row.distanceKm === null ? 'distance: unknown (no municipality centre on record)'
    : `distance: ${row.distanceKm} km from ${row.childMunicipality} to ${row.municipalityCode}`);
  if (row.assessedOn === null) {
    reasons.push('competences: no competence assessment on record');
  } else if (detailed) {
    const needs = { special: row.special, safety: row.safety, family: row.family } as const;
    const parts = COMPETENCES.map(([field, label, need, because]) =>
      `${label} ${row[field]}/5${need && needs[need] ? ` (counted twice: ${because})` : ''}`);
    reasons.push(`competences (assessed ${row.assessedOn}, fit ${Math.round(row.competenceFit * 100)} %): ${parts.join(', ')}`);
  } else {
    // the scores per category are the supporting centre's assessment, not shown to another agency
    reasons.push(`competences: fit ${Math.round(row.competenceFit * 100)} % against the child's assessed needs`);
  }
  if (row.maxTermDays !== null) reasons.push(`term: a ${row.form} placement lasts at most ${row.maxTermDays} days`);
  return reasons;
}

export const matchingService = {
  /** `siblingCaseIds` null: the siblings' cases linked to this one (linkSiblingCases) that the caller sees. */
  async candidates(ctx: RequestContext, caseId: string, siblingCaseIds: string[] | null, startsOn: string | null, first: number): Promise<MatchCandidate[]> {
    if (first < 1 || first > 200) throw badInput('first', 'must be 1 to 200');
    // linked siblings (null) or named ones are placed together; none ([]) leaves the sibling joins out
    const rows: Row[] = await ctx.db.query(candidatesStatement(ctx.principal, siblingCaseIds === null || siblingCaseIds.length > 0),
      [ctx.principal.agency.id, caseId, startsOn ?? today(), siblingCaseIds === null ? null : uuids(siblingCaseIds), first]);
    return rows.map((row, i) => ({
      carerId: row.carerId, form: row.form, rank: i + 1, score: row.score, fits: row.fits, children: row.children, limit: row.limit,
      freePlaces: row.limit - row.children - row.needed, siblingsHere: row.siblingsHere, distanceKm: row.distanceKm,
      municipalityCode: row.municipalityCode,
      reasons: reasonsOf(row, decideCarer(ctx.principal, row.relations, CarerCategory.CARER_ASSESSMENT, 'read')),
    }));
  },
};
