import { insertRows, type Sql } from './insert-rows';
import { nextTelegramId } from './telegram-ids';

/** A `cashiers` row by column. */
export interface CashierRow {
  telegram_id: number;
  name: string;
  store: string | null;
  status: 'pending' | 'active' | 'rejected' | 'blocked';
  created_at: Date;
  updated_at: Date;
}

/**
 * A cashier row with a chosen past (`aCashier` goes through the commands, which date it now).
 * Defaults: Ольга, active at «Светланская, 1», created now. Its id.
 */
export async function aCashierRow(sql: Sql, overrides: Partial<CashierRow> = {}): Promise<number> {
  const createdAt = overrides.created_at ?? new Date();
  const [id] = await insertRows(sql, 'cashiers', [
    {
      telegram_id: nextTelegramId(),
      name: 'Ольга',
      store: 'Светланская, 1',
      status: 'active',
      created_at: createdAt,
      updated_at: createdAt,
      ...overrides,
    },
  ]);
  return id;
}
