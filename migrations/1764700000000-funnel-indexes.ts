import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for the dashboard over a million clients (a PK lookup per row was the cost):
 * the campaign funnel reads a campaign's cohort from (is_test, campaign_id, created_at,
 * subscribed) and its codes' redemption from (client_id, redemption_count), seconds → tens of
 * milliseconds; the redemption rate (KPIs, per template) reads the codes issued in the range from
 * (is_test, issued_at, template_id, redemption_count).
 */
export class FunnelIndexes1764700000000 implements MigrationInterface {
  name = 'FunnelIndexes1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE clients ADD KEY ix_clients_f_campaign_cohort (is_test, campaign_id, created_at, subscribed)',
    );
    await q.query(`ALTER TABLE discounts ADD KEY ix_discounts_client_redeemed (client_id, redemption_count),
      ADD KEY ix_discounts_issued_cover (is_test, issued_at, template_id, redemption_count)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE discounts DROP KEY ix_discounts_client_redeemed, DROP KEY ix_discounts_issued_cover',
    );
    await q.query('ALTER TABLE clients DROP KEY ix_clients_f_campaign_cohort');
  }
}
