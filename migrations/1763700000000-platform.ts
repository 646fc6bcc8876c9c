import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** Staff, the transactional outbox, consumer idempotency and the audit log. */
export class Platform1763700000000 implements MigrationInterface {
  name = 'Platform1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE staff (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      telegram_id BIGINT NOT NULL,
      name VARCHAR(255) NOT NULL,
      email VARCHAR(255) NULL,
      role ENUM('owner','marketing','readonly') NOT NULL,
      active TINYINT(1) NOT NULL DEFAULT 1,
      password_hash VARCHAR(255) NULL,
      can_broadcast_from_chat TINYINT(1) NOT NULL DEFAULT 0,
      notification_groups JSON NOT NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_staff_telegram_id (telegram_id)
    ) ${TABLE}`);
    await q.query(`CREATE TABLE outbox (
      id CHAR(36) NOT NULL PRIMARY KEY,
      type VARCHAR(100) NOT NULL,
      envelope JSON NOT NULL,
      occurred_at DATETIME(3) NOT NULL,
      published_at DATETIME(3) NULL,
      KEY ix_outbox_pending (published_at, occurred_at)
    ) ${TABLE}`);
    await q.query(`CREATE TABLE consumed_events (
      consumer VARCHAR(64) NOT NULL,
      event_id CHAR(36) NOT NULL,
      consumed_at DATETIME(3) NOT NULL,
      PRIMARY KEY (consumer, event_id),
      KEY ix_consumed_at (consumed_at)
    ) ${TABLE}`);
    await q.query(`CREATE TABLE audit_logs (
      id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      event_id CHAR(36) NOT NULL,
      actor_staff_id INT UNSIGNED NULL,
      actor_role VARCHAR(16) NULL,
      action VARCHAR(100) NOT NULL,
      entity_type VARCHAR(64) NOT NULL,
      entity_id VARCHAR(64) NULL,
      payload JSON NOT NULL,
      ip VARCHAR(45) NULL,
      created_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_audit_event (event_id),
      KEY ix_audit_created (created_at),
      KEY ix_audit_actor (actor_staff_id, created_at),
      KEY ix_audit_entity (entity_type, entity_id, created_at),
      KEY ix_audit_action (action, created_at)
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_logs', 'consumed_events', 'outbox', 'staff'])
      await q.query(`DROP TABLE ${table}`);
  }
}
