import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'success','already_used','not_found','expired','revoked','cashier_not_active','locked','min_purchase'`;
const AFTER = `${BEFORE},'not_subscribed','qr_invalid','qr_expired'`;

/**
 * «At the till in one scan» (README): the re-check at redemption refuses a client who left the
 * channel (`not_subscribed`) and, when Telegram could not be asked, lets the redemption through
 * and says so on its row (`subscription_unverified`); a forged or expired QR token is logged as
 * `qr_invalid` / `qr_expired`. Values appended at the end and a column with a default: both are
 * in-place on MySQL 8 and MariaDB ≥ 10.6, no table copy under the tills.
 */
export class TillScan1764800000000 implements MigrationInterface {
  name = 'TillScan1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE redemption_log MODIFY result ENUM(${AFTER}) NOT NULL`);
    await q.query(
      'ALTER TABLE redemption_log ADD COLUMN subscription_unverified TINYINT(1) NOT NULL DEFAULT 0',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE redemption_log DROP COLUMN subscription_unverified');
    await q.query(`DELETE FROM redemption_log WHERE result IN ('not_subscribed','qr_invalid','qr_expired')`);
    await q.query(`ALTER TABLE redemption_log MODIFY result ENUM(${BEFORE}) NOT NULL`);
  }
}
