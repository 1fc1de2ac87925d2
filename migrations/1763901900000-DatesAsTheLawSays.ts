import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dates as the law says (issue 11): an event dated before its case was opened (allowed within
 * BACKDATE_WINDOW_DAYS) is flagged, as the hub flags it when it is recorded; a case closes on or
 * after the day it opened (checked for rows written from now on).
 */
export class DatesAsTheLawSays1763901900000 implements MigrationInterface {
  name = 'DatesAsTheLawSays1763901900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE follow_up ADD COLUMN before_case_opened boolean NOT NULL DEFAULT false;
      ALTER TABLE assessment ADD COLUMN before_case_opened boolean NOT NULL DEFAULT false;
      ALTER TABLE placement ADD COLUMN before_case_opened boolean NOT NULL DEFAULT false;
      UPDATE follow_up f SET before_case_opened = true FROM care_case c WHERE c.id = f.case_id AND f.occurred_on < c.opened_on;
      UPDATE assessment a SET before_case_opened = true FROM care_case c WHERE c.id = a.case_id AND a.assessed_on < c.opened_on;
      UPDATE placement p SET before_case_opened = true FROM care_case c WHERE c.id = p.case_id AND p.starts_on < c.opened_on;
      ALTER TABLE care_case ADD CONSTRAINT care_case_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on) NOT VALID;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE care_case DROP CONSTRAINT care_case_closed_after_opened;
      ALTER TABLE placement DROP COLUMN before_case_opened;
      ALTER TABLE assessment DROP COLUMN before_case_opened;
      ALTER TABLE follow_up DROP COLUMN before_case_opened;
    `);
  }
}
