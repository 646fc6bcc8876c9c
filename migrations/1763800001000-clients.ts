import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** Clients of the client bot (sized for 1M rows), their tags, referral campaigns and VIP orders. */
export class Clients1763800001000 implements MigrationInterface {
  name = 'Clients1763800001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE campaigns (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      name VARCHAR(128) NOT NULL,
      source_key VARCHAR(64) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_campaigns_source_key (source_key)
    ) ${TABLE}`);
    // birthday_md (month*100 + day) is stored and indexed so "birthday today" and
    // "birthday in month" never scan a million rows.
    await q.query(`CREATE TABLE clients (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      telegram_id BIGINT NOT NULL,
      username VARCHAR(64) NULL,
      first_name VARCHAR(255) NULL,
      last_name VARCHAR(255) NULL,
      phone VARCHAR(32) NULL,
      gender ENUM('male','female','unknown') NOT NULL DEFAULT 'unknown',
      birthday DATE NULL,
      birthday_md SMALLINT UNSIGNED AS (MONTH(birthday) * 100 + DAYOFMONTH(birthday)) STORED,
      source VARCHAR(64) NOT NULL,
      source_normalized VARCHAR(64) NOT NULL,
      campaign_id INT UNSIGNED NULL,
      subscribed TINYINT(1) NOT NULL DEFAULT 0,
      subscription_checked_at DATETIME(3) NULL,
      status ENUM('active','blocked','banned') NOT NULL DEFAULT 'active',
      is_test TINYINT(1) NOT NULL DEFAULT 0,
      language_code VARCHAR(16) NULL,
      last_activity_at DATETIME(3) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_clients_telegram_id (telegram_id),
      KEY ix_clients_test_created (is_test, created_at),
      KEY ix_clients_subscribed (subscribed),
      KEY ix_clients_status (status),
      KEY ix_clients_birthday_md (birthday_md),
      KEY ix_clients_campaign (campaign_id),
      KEY ix_clients_source (source_normalized),
      KEY ix_clients_last_activity (last_activity_at)
    ) ${TABLE}`);
    await q.query(`CREATE TABLE client_tags (
      client_id INT UNSIGNED NOT NULL,
      tag VARCHAR(32) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      PRIMARY KEY (client_id, tag),
      KEY ix_client_tags_tag (tag, client_id)
    ) ${TABLE}`);
    await q.query(`CREATE TABLE orders (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      client_id INT UNSIGNED NOT NULL,
      status ENUM('draft','submitted','done','cancelled') NOT NULL DEFAULT 'draft',
      is_test TINYINT(1) NOT NULL DEFAULT 0,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      KEY ix_orders_client (client_id, created_at),
      KEY ix_orders_status (status, created_at)
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['orders', 'client_tags', 'clients', 'campaigns'])
      await q.query(`DROP TABLE ${table}`);
  }
}
