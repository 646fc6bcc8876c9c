import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { In } from 'typeorm';
import { Campaign } from './campaign.entity';

/** The funnel DESIGN §2 names: starts → registrations → subscriptions → codes issued → redeemed. */
export interface CampaignFunnel {
  campaignId: number;
  starts: number;
  registrations: number;
  subscriptions: number;
  codesIssued: number;
  codesRedeemed: number;
}

export interface FunnelRange {
  /** Shop-local days `YYYY-MM-DD`, inclusive, for starts. */
  fromDay?: string;
  toDay?: string;
  /** The same days as instants, for registrations (the cohort whose codes are counted). */
  from?: Date;
  to?: Date;
  isTest?: boolean;
}

type Row = Record<string, string | number | null>;

/**
 * Per-campaign funnels in three grouped statements (not one per campaign): starts from the
 * daily counters, registrations and subscriptions from clients (ix_clients_f_campaign), and
 * the cohort's codes through discounts by client.
 */
@Injectable()
export class CampaignFunnelReader {
  constructor(private readonly uow: UnitOfWork) {}

  async funnels(campaignIds: number[] | 'all', range: FunnelRange = {}): Promise<CampaignFunnel[]> {
    const isTest = range.isTest ?? false;
    const ids = campaignIds === 'all' ? null : campaignIds;
    if (ids?.length === 0) return [];
    const idSql = (col: string) =>
      ids ? `${col} IN (${ids.map(() => '?').join(', ')})` : `${col} IS NOT NULL`;
    const idParams = ids ?? [];
    const days = [range.fromDay && 'day >= ?', range.toDay && 'day <= ?'].filter(Boolean).join(' AND ');
    const cohort = [range.from && 'c.created_at >= ?', range.to && 'c.created_at < ?']
      .filter(Boolean)
      .join(' AND ');
    const dayParams = [range.fromDay, range.toDay].filter(Boolean);
    const cohortParams = [range.from, range.to].filter(Boolean);
    const m = this.uow.manager;
    const [starts, clients, codes] = await Promise.all([
      m.query<Row[]>(
        `SELECT campaign_id AS id, SUM(starts) AS starts FROM campaign_starts
         WHERE is_test = ? AND ${idSql('campaign_id')}${days ? ` AND ${days}` : ''} GROUP BY campaign_id`,
        [isTest, ...idParams, ...dayParams],
      ),
      m.query<Row[]>(
        `SELECT c.campaign_id AS id, COUNT(*) AS registrations, SUM(c.subscribed) AS subscriptions FROM clients c
         WHERE c.is_test = ? AND ${idSql('c.campaign_id')}${cohort ? ` AND ${cohort}` : ''} GROUP BY c.campaign_id`,
        [isTest, ...idParams, ...cohortParams],
      ),
      m.query<Row[]>(
        `SELECT c.campaign_id AS id, COUNT(*) AS issued, SUM(d.redemption_count > 0) AS redeemed
         FROM clients c JOIN discounts d ON d.client_id = c.id
         WHERE c.is_test = ? AND ${idSql('c.campaign_id')}${cohort ? ` AND ${cohort}` : ''} GROUP BY c.campaign_id`,
        [isTest, ...idParams, ...cohortParams],
      ),
    ]);
    const all = new Map<number, CampaignFunnel>();
    const at = (id: unknown) => {
      const key = Number(id);
      if (!all.has(key))
        all.set(key, {
          campaignId: key,
          starts: 0,
          registrations: 0,
          subscriptions: 0,
          codesIssued: 0,
          codesRedeemed: 0,
        });
      return all.get(key)!;
    };
    for (const id of ids ?? []) at(id);
    for (const r of starts) at(r.id).starts = Number(r.starts);
    for (const r of clients)
      Object.assign(at(r.id), {
        registrations: Number(r.registrations),
        subscriptions: Number(r.subscriptions),
      });
    for (const r of codes)
      Object.assign(at(r.id), { codesIssued: Number(r.issued), codesRedeemed: Number(r.redeemed) });
    return [...all.values()];
  }

  /** The campaigns' names and source keys, for labelling funnels. */
  async labels(campaignIds: number[]): Promise<Map<number, { name: string; sourceKey: string }>> {
    if (campaignIds.length === 0) return new Map();
    const rows = await this.uow.manager.findBy(Campaign, { id: In(campaignIds) });
    return new Map(rows.map((c) => [c.id, { name: c.name, sourceKey: c.sourceKey }]));
  }
}
