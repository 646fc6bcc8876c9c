import type { MigrationInterface, QueryRunner } from 'typeorm';

/** «Мой профиль»: a name the client corrected is theirs; Telegram's names stop overwriting it. */
export class ClientProfile1764200000000 implements MigrationInterface {
  name = 'ClientProfile1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE clients ADD COLUMN name_set_by_client TINYINT(1) NOT NULL DEFAULT 0 AFTER last_name',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE clients DROP COLUMN name_set_by_client');
  }
}
