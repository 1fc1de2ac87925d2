import type { DataSource } from 'typeorm';
import { UserRole } from '../kernel/principal';
import { readablePairs } from './scope';

/**
 * The policy's (role in a case, category) read pairs, mirrored into `case_reader` after every
 * migration, so the database keeps each involvement's latest visible change (`visible_change_at`,
 * migrations/1763903300000) by the table in policy.ts and not by a copy of it. When the policy
 * changed, every active involvement's time is worked out again in the same transaction. Returns whether
 * anything changed.
 */
export async function syncCaseReaders(db: DataSource): Promise<boolean> {
  const [roles, categories] = readablePairs({ role: UserRole.CASE_WORKER });
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE case_reader IN EXCLUSIVE MODE');
    const [{ same }]: { same: boolean }[] = await tx.query(
      `SELECT NOT EXISTS (SELECT * FROM unnest($1::text[], $2::text[]) EXCEPT SELECT role, category FROM case_reader)
          AND NOT EXISTS (SELECT role, category FROM case_reader EXCEPT SELECT * FROM unnest($1::text[], $2::text[])) AS same`,
      [roles, categories]);
    if (same) return false;
    await tx.query('DELETE FROM case_reader');
    await tx.query('INSERT INTO case_reader (role, category) SELECT * FROM unnest($1::text[], $2::text[])', [roles, categories]);
    await tx.query(`UPDATE involvement SET visible_change_at = involvement_visible_change(case_id, role)
                     WHERE ended_at IS NULL AND visible_change_at IS DISTINCT FROM involvement_visible_change(case_id, role)`);
    return true;
  });
}
