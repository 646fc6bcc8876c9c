import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
const ORIGINS = `'subscription','birthday','manual','campaign','promo'`;

/** Discount templates, issued codes, cashiers, the redemption log and idempotency keys. */
export class Discounts1763800002000 implements MigrationInterface {
  name = 'Discounts1763800002000';

  async up(q: QueryRunner): Promise<void> {
    // seed_key lets the seeder insert the default templates exactly once (INSERT IGNORE).
    await q.query(`CREATE TABLE discount_templates (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      name VARCHAR(128) NOT NULL,
      event ENUM(${ORIGINS}) NOT NULL,
      value_type ENUM('percent','fixed') NOT NULL,
      value DECIMAL(10,2) NOT NULL,
      validity_days INT UNSIGNED NULL,
      usage_type ENUM('single','shared') NOT NULL DEFAULT 'single',
      shared_code VARCHAR(32) NULL,
      redemption_cap INT UNSIGNED NULL,
      recurrence JSON NOT NULL,
      reminder_days JSON NOT NULL,
      min_purchase DECIMAL(10,2) NULL,
      active TINYINT(1) NOT NULL DEFAULT 1,
      seed_key VARCHAR(32) NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_discount_templates_shared_code (shared_code),
      UNIQUE KEY uq_discount_templates_seed_key (seed_key),
      KEY ix_discount_templates_event (event, active)
    ) ${TABLE}`);
    // `usage` is a reserved word in MySQL, hence usage_type. issue_key makes issuing idempotent.
    await q.query(`CREATE TABLE discounts (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      code VARCHAR(32) NOT NULL,
      template_id INT UNSIGNED NOT NULL,
      client_id INT UNSIGNED NULL,
      usage_type ENUM('single','shared') NOT NULL,
      value_type ENUM('percent','fixed') NOT NULL,
      value DECIMAL(10,2) NOT NULL,
      min_purchase DECIMAL(10,2) NULL,
      status ENUM('active','redeemed','expired','revoked') NOT NULL DEFAULT 'active',
      issued_at DATETIME(3) NOT NULL,
      expires_at DATETIME(3) NULL,
      redeemed_at DATETIME(3) NULL,
      redeemed_by_cashier_id INT UNSIGNED NULL,
      issued_by INT UNSIGNED NULL,
      issue_origin ENUM(${ORIGINS}) NOT NULL,
      issue_reason VARCHAR(255) NULL,
      issue_key VARCHAR(191) NOT NULL,
      redemption_count INT UNSIGNED NOT NULL DEFAULT 0,
      redemption_cap INT UNSIGNED NULL,
      revoked_at DATETIME(3) NULL,
      revoked_by INT UNSIGNED NULL,
      is_test TINYINT(1) NOT NULL DEFAULT 0,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_discounts_code (code),
      UNIQUE KEY uq_discounts_issue_key (issue_key),
      KEY ix_discounts_client_status (client_id, status, expires_at),
      KEY ix_discounts_status_expires (status, expires_at),
      KEY ix_discounts_client_template (client_id, template_id, issued_at),
      KEY ix_discounts_template (template_id, issued_at),
      KEY ix_discounts_issued (is_test, issued_at)
    ) ${TABLE}`);
    await q.query(`CREATE TABLE cashiers (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      telegram_id BIGINT NOT NULL,
      name VARCHAR(255) NOT NULL,
      username VARCHAR(64) NULL,
      store VARCHAR(128) NULL,
      status ENUM('pending','active','rejected','blocked') NOT NULL DEFAULT 'pending',
      is_test TINYINT(1) NOT NULL DEFAULT 0,
      approved_by INT UNSIGNED NULL,
      approved_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_cashiers_telegram_id (telegram_id),
      KEY ix_cashiers_status (status, created_at)
    ) ${TABLE}`);
    // Every check and every redemption attempt, successful or not (DESIGN §2 Discounts).
    await q.query(`CREATE TABLE redemption_log (
      id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      action ENUM('check','redeem') NOT NULL,
      code_entered VARCHAR(32) NOT NULL,
      discount_id INT UNSIGNED NULL,
      client_id INT UNSIGNED NULL,
      cashier_id INT UNSIGNED NULL,
      staff_id INT UNSIGNED NULL,
      store VARCHAR(128) NULL,
      channel ENUM('bot','pos','api') NOT NULL,
      result ENUM('success','already_used','not_found','expired','revoked','cashier_not_active','locked','min_purchase') NOT NULL,
      message VARCHAR(512) NOT NULL,
      purchase_amount DECIMAL(10,2) NULL,
      client_not_notified TINYINT(1) NOT NULL DEFAULT 0,
      rolled_back_at DATETIME(3) NULL,
      rolled_back_by INT UNSIGNED NULL,
      rollback_reason VARCHAR(512) NULL,
      is_test TINYINT(1) NOT NULL DEFAULT 0,
      created_at DATETIME(3) NOT NULL,
      KEY ix_redemption_created (created_at),
      KEY ix_redemption_cashier (cashier_id, created_at),
      KEY ix_redemption_result (result, created_at),
      KEY ix_redemption_discount (discount_id, created_at)
    ) ${TABLE}`);
    await q.query(`CREATE TABLE idempotency_keys (
      scope VARCHAR(64) NOT NULL,
      idem_key VARCHAR(128) NOT NULL,
      request_hash CHAR(64) NOT NULL,
      outcome ENUM('ok','error') NULL,
      response JSON NULL,
      created_at DATETIME(3) NOT NULL,
      PRIMARY KEY (scope, idem_key),
      KEY ix_idempotency_created (created_at)
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'idempotency_keys',
      'redemption_log',
      'cashiers',
      'discounts',
      'discount_templates',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
