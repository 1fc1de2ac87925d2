import { RULES } from '../monitoring';
import { addMonths } from '../kernel/dates';
import { birthday } from './age-rules';

/**
 * How far an orphan court may extend a child's institution stay (DOMAIN.md, transitions; 004: "bērnu
 * līdz 3 g. … ne ilgāk par 3 mēnešiem, max līdz 6 mēn., bērnus no 4 gadiem – ne ilgāk par 6
 * mēnešiem, galējā situācijā – ne ilgāk par gadu"): a child under 4 when the stay began to 6
 * months, an older child to a year. The rule's own limits (3 and 6 months) are RULES'.
 */
export const STAY_EXCEPTION_MONTHS = { youngChild: 6, child: 12 };

/**
 * The stay limit of institution placement `pl` (a child's, client `cl`) as due_dates_refresh counts
 * it (migrations/1763901700000-MentorsAndTransitions.ts): the latest exception's, else the rule's.
 */
export function stayLimitSql(pl: string, cl: string): string {
  return `COALESCE((SELECT max(x.new_limit_on) FROM placement_stay_exception x WHERE x.placement_id = ${pl}.id),
    (${pl}.starts_on + CASE WHEN age(${pl}.starts_on, ${cl}.birth_date) < interval '${RULES.youngChildUnderYears} years'
                            THEN interval '${RULES.youngChildStayMonths} months' ELSE interval '${RULES.childStayMonths} months' END)::date)`;
}

/** The latest an exception may set a stay's limit to. */
export function longestStay(birthDate: string, startsOn: string): { limit: string; months: number; young: boolean } {
  const young = startsOn < birthday(birthDate, RULES.youngChildUnderYears);
  const months = young ? STAY_EXCEPTION_MONTHS.youngChild : STAY_EXCEPTION_MONTHS.child;
  return { limit: addMonths(startsOn, months), months, young };
}
