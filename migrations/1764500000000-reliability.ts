import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox relay claims rows with a lease instead of holding their locks while it calls Redis
 * (README «Reliability»): a relay that dies or hangs mid-publish leaves rows another relay takes
 * once the lease is over.
 */
export class Reliability1764500000000 implements MigrationInterface {
  name = 'Reliability1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox ADD COLUMN relay_lease_until DATETIME(3) NULL AFTER published_at');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox DROP COLUMN relay_lease_until');
  }
}
