import type { Sql } from '../kernel/db/sql';
import { ageBandsFromDatabase, CarerFormRule } from './sources';

/**
 * The rule of one foster care form as the database's register holds it (synced from
 * data/carer-forms.json): what a placement is checked against, so an operator's sync reaches the
 * running hubs without a release. Null when the register has no row for the form.
 */
export async function carerFormRule(sql: Sql, form: string): Promise<CarerFormRule | null> {
  const [row]: { form: string; maxChildren: number; siblingsMayExceed: boolean; ageBands: unknown; term: string;
    maxTermDays: number | null }[] = await sql.query(
    `SELECT form, max_children AS "maxChildren", siblings_may_exceed AS "siblingsMayExceed", age_bands AS "ageBands", term,
            max_term_days AS "maxTermDays"
       FROM carer_form_rule WHERE form = $1`, [form]);
  return row ? { ...row, ageBands: ageBandsFromDatabase(row.form, row.ageBands) } : null;
}
