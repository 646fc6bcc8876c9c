import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** Typed settings (only keys an owner changed are stored; defaults live in code) and bot texts. */
export class SettingsAndTemplates1763800000000 implements MigrationInterface {
  name = 'SettingsAndTemplates1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE settings (
      \`key\` VARCHAR(64) NOT NULL PRIMARY KEY,
      value JSON NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      updated_by INT UNSIGNED NULL
    ) ${TABLE}`);
    await q.query(`CREATE TABLE message_templates (
      \`key\` VARCHAR(64) NOT NULL PRIMARY KEY,
      body TEXT NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      updated_by INT UNSIGNED NULL
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['message_templates', 'settings']) await q.query(`DROP TABLE ${table}`);
  }
}
