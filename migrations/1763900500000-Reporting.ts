import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting: unit prices of services (DOMAIN.md, "money follows the client") as data with a
 * valid-from date, audit records of aggregate reads, and indexes for period queries.
 */
export class Reporting1763900500000 implements MigrationInterface {
  name = 'Reporting1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_price (
        service_type text NOT NULL,
        unit text NOT NULL CHECK (unit IN ('HOUR', 'DAY', 'SESSION', 'MONTH')),
        valid_from date NOT NULL,
        price_eur numeric(10, 2) NOT NULL CHECK (price_eur >= 0),
        PRIMARY KEY (service_type, unit, valid_from)
      );
      CREATE INDEX placement_period_idx ON placement (type, starts_on, ends_on);
      CREATE INDEX care_case_period_idx ON care_case (responsible_municipality_code, opened_on, closed_on);
      ALTER TABLE audit_log DROP CONSTRAINT audit_log_kind_check;
      ALTER TABLE audit_log ADD CONSTRAINT audit_log_kind_check CHECK (kind IN ('READ', 'WRITE', 'DISCOVERY', 'AGGREGATE'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_log DROP CONSTRAINT audit_log_kind_check;
      ALTER TABLE audit_log ADD CONSTRAINT audit_log_kind_check CHECK (kind IN ('READ', 'WRITE', 'DISCOVERY'));
      DROP INDEX care_case_period_idx; DROP INDEX placement_period_idx; DROP TABLE service_price;
    `);
  }
}
