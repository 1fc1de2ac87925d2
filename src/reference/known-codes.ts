import type { Sql } from '../kernel/db/sql';
import { CodeInInput, REFERENCE_CODE_SHAPE } from '../kernel/reference-codes';

/**
 * Which of the codes an input names are in no register, in the input's order: one statement for
 * all of them, whatever their registers. A value not shaped like a code is unknown without asking.
 */
export async function unknownCodes(sql: Sql, codes: readonly CodeInInput[]): Promise<CodeInInput[]> {
  const asked = codes.filter((c) => REFERENCE_CODE_SHAPE.test(c.code));
  const missing = new Set<string>();
  if (asked.length > 0) {
    const rows: { kind: string; code: string }[] = await sql.query(
      `SELECT k.kind, k.code FROM unnest($1::text[], $2::text[]) AS k(kind, code)
        WHERE NOT CASE k.kind
          WHEN 'municipality' THEN EXISTS (SELECT 1 FROM municipality m WHERE m.code = k.code)
          WHEN 'agency' THEN EXISTS (SELECT 1 FROM agency a WHERE a.code = k.code)
          WHEN 'centre service' THEN EXISTS (SELECT 1 FROM centre_service s WHERE s.code = k.code)
          ELSE EXISTS (SELECT 1 FROM region r WHERE r.code = k.code) END`,
      [asked.map((c) => c.kind), asked.map((c) => c.code)]);
    for (const r of rows) missing.add(`${r.kind}:${r.code}`);
  }
  return codes.filter((c) => !REFERENCE_CODE_SHAPE.test(c.code) || missing.has(`${c.kind}:${c.code}`));
}
