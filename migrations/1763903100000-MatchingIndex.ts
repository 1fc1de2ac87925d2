import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * matchCandidates counts the children living with every active foster family at once (issue 13):
 * this index answers that count from the index alone (every stay with a carer: its dates, form and
 * case), without a visit to the placement rows, which grow with the cases.
 */
export class MatchingIndex1763903100000 implements MigrationInterface {
  name = 'MatchingIndex1763903100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX placement_carer_living_idx ON placement (carer_id) INCLUDE (starts_on, ends_on, foster_form, case_id)
        WHERE carer_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX placement_carer_living_idx');
  }
}
