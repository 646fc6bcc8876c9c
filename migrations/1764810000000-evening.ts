import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/**
 * The owner's evening (README «The owner's evening»): one row per shop day whose digest was
 * sent, and one per anomaly alerted (cause, subject, day). The primary keys are the
 * exactly-once guarantee: a worker that loses the insert race sends nothing.
 */
export class Evening1764810000000 implements MigrationInterface {
  name = 'Evening1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE digest_runs (
      day DATE NOT NULL PRIMARY KEY,
      figures JSON NOT NULL,
      created_at DATETIME(3) NOT NULL
    ) ${TABLE}`);
    await q.query(`CREATE TABLE anomaly_alerts (
      cause VARCHAR(32) NOT NULL,
      subject VARCHAR(64) NOT NULL,
      day DATE NOT NULL,
      details JSON NOT NULL,
      created_at DATETIME(3) NOT NULL,
      PRIMARY KEY (cause, subject, day),
      KEY ix_anomaly_alerts_created (created_at)
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE anomaly_alerts');
    await q.query('DROP TABLE digest_runs');
  }
}
