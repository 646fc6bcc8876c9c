import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
const MEDIA = `'photo','video','document'`;

/** Broadcasts, their media (uploaded once, then Telegram's file_id per bot) and the frozen audience. */
export class Broadcasts1764000000000 implements MigrationInterface {
  name = 'Broadcasts1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // The counters are kept by the sender in the same transaction as the recipient rows they
    // count, so live stats of a 1M audience never need a COUNT(*) over it.
    await q.query(`CREATE TABLE broadcasts (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      title VARCHAR(255) NOT NULL,
      text TEXT NOT NULL,
      buttons JSON NOT NULL,
      audience JSON NOT NULL,
      media_kind ENUM(${MEDIA}) NULL,
      status ENUM('draft','scheduled','sending','paused','sent','failed','cancelled') NOT NULL DEFAULT 'draft',
      origin ENUM('panel','bot') NOT NULL,
      scheduled_at DATETIME(3) NULL,
      launched_at DATETIME(3) NULL,
      audience_frozen_at DATETIME(3) NULL,
      started_at DATETIME(3) NULL,
      finished_at DATETIME(3) NULL,
      total INT UNSIGNED NOT NULL DEFAULT 0,
      sent_count INT UNSIGNED NOT NULL DEFAULT 0,
      failed_count INT UNSIGNED NOT NULL DEFAULT 0,
      blocked_count INT UNSIGNED NOT NULL DEFAULT 0,
      last_error VARCHAR(512) NULL,
      last_error_at DATETIME(3) NULL,
      failure_reason VARCHAR(512) NULL,
      created_by INT UNSIGNED NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      KEY ix_broadcasts_status (status, scheduled_at),
      KEY ix_broadcasts_created (created_at)
    ) ${TABLE}`);
    // In the database, not on a disk: API replicas and workers on other hosts read it without a
    // shared volume, and it is read only until Telegram hands back a file_id for it.
    await q.query(`CREATE TABLE broadcast_media (
      broadcast_id INT UNSIGNED NOT NULL PRIMARY KEY,
      kind ENUM(${MEDIA}) NOT NULL,
      filename VARCHAR(255) NOT NULL,
      mime_type VARCHAR(127) NOT NULL,
      size INT UNSIGNED NOT NULL,
      content LONGBLOB NULL,
      file_ids JSON NOT NULL,
      created_at DATETIME(3) NOT NULL
    ) ${TABLE}`);
    // One row per recipient, frozen at start. (broadcast_id, status, client_id) serves the
    // sender's claims (pending, in id order), lease reclaims (sending) and the filtered list.
    await q.query(`CREATE TABLE broadcast_recipients (
      broadcast_id INT UNSIGNED NOT NULL,
      client_id INT UNSIGNED NOT NULL,
      chat_id BIGINT NOT NULL,
      status ENUM('pending','sending','sent','failed') NOT NULL DEFAULT 'pending',
      attempts TINYINT UNSIGNED NOT NULL DEFAULT 0,
      next_attempt_at DATETIME(3) NULL,
      claimed_by VARCHAR(64) NULL,
      claimed_at DATETIME(3) NULL,
      sent_at DATETIME(3) NULL,
      blocked TINYINT(1) NOT NULL DEFAULT 0,
      error VARCHAR(512) NULL,
      PRIMARY KEY (broadcast_id, client_id),
      KEY ix_broadcast_recipients_status (broadcast_id, status, client_id)
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['broadcast_recipients', 'broadcast_media', 'broadcasts'])
      await q.query(`DROP TABLE ${table}`);
  }
}
