import { insertRows, type Sql } from './insert-rows';

/** A `redemption_log` row by column. */
export interface RedemptionRow {
  action: 'check' | 'redeem';
  code_entered: string;
  discount_id?: number | null;
  client_id?: number | null;
  cashier_id?: number | null;
  store?: string | null;
  channel: 'bot' | 'pos' | 'api';
  result: string;
  message: string;
  rolled_back_at?: Date | null;
  is_test: boolean;
  created_at: Date;
}

/**
 * A line of the redemption log written straight into the table, for histories no till could
 * produce in a test (weeks of redemptions, bursts of failed checks). Defaults: a successful redeem
 * of «X» from the bot, now.
 */
export function redemptionRow(overrides: Partial<RedemptionRow> = {}): RedemptionRow {
  return {
    action: 'redeem',
    code_entered: 'X',
    channel: 'bot',
    result: 'success',
    message: '',
    is_test: false,
    created_at: new Date(),
    ...overrides,
  };
}

/** Redemption log rows (see `redemptionRow`), a thousand a statement; their ids in order. */
export function redemptionRows(sql: Sql, overrides: Array<Partial<RedemptionRow>>): Promise<number[]> {
  return insertRows(sql, 'redemption_log', overrides.map(redemptionRow));
}

/** One redemption log row (see `redemptionRow`); its id. */
export async function aRedemption(sql: Sql, overrides: Partial<RedemptionRow> = {}): Promise<number> {
  const [id] = await redemptionRows(sql, [overrides]);
  return id;
}
