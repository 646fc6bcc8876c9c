import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/**
 * The demo shop's registry: every row the demo seed creates is listed here (entity + id), so
 * `cli demo:clear` removes exactly the demo data and the seed can tell demo clients from real ones.
 */
export class DemoRecords1764600000000 implements MigrationInterface {
  name = 'DemoRecords1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE demo_records (
      entity VARCHAR(32) NOT NULL,
      entity_id VARCHAR(64) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      PRIMARY KEY (entity, entity_id)
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE demo_records');
  }
}
