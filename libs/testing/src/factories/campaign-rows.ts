import { insertRows, type Sql } from './insert-rows';

/** A `campaigns` row by column. */
export interface CampaignRow {
  id?: number;
  name: string;
  source_key: string;
  created_at: Date;
}

let next = 1;

/**
 * A referral campaign (no command makes one yet): what `/start ref_<source_key>` links to.
 * Defaults: «Кампания N» with the key `campaignN`, created now. Its id.
 */
export async function aCampaign(sql: Sql, overrides: Partial<CampaignRow> = {}): Promise<number> {
  const n = next++;
  const [id] = await insertRows(sql, 'campaigns', [
    { name: `Кампания ${n}`, source_key: `campaign${n}`, created_at: new Date(), ...overrides },
  ]);
  return id;
}

/** A `campaign_starts` row: how many `/start ref_…` a campaign had one shop day. */
export interface CampaignStartRow {
  campaign_id: number;
  day: string;
  is_test: boolean;
  starts: number;
}

/** Campaign starts as the start counter keeps them (the funnel's first step). */
export async function campaignStarts(
  sql: Sql,
  rows: Array<Omit<CampaignStartRow, 'is_test'> & { is_test?: boolean }>,
): Promise<void> {
  await insertRows(
    sql,
    'campaign_starts',
    rows.map((row) => ({ is_test: false, ...row })),
  );
}
