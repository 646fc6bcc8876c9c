import { CLIENT_TOTAL_SLOTS } from '@dvorik/domain';
import { insertRows, type Sql } from './insert-rows';
import { nextTelegramId } from './telegram-ids';

/** A `clients` row as a data set or a bench needs it, by column. */
export interface ClientRow {
  id?: number;
  telegram_id: number;
  username?: string | null;
  first_name: string | null;
  last_name?: string | null;
  phone?: string | null;
  gender: 'male' | 'female' | 'unknown';
  birthday?: string | Date | null;
  source: string;
  source_normalized: string;
  campaign_id?: number | null;
  subscribed: boolean;
  status: 'active' | 'blocked' | 'banned';
  active_discounts?: number;
  is_test: boolean;
  last_activity_at: Date;
  created_at: Date;
  updated_at: Date;
}

/**
 * A client row straight into the table, for data sets no command could make in time (hundreds of
 * clients with chosen registration dates, campaigns, statuses). Defaults: an active organic client
 * «Клиент» with a fresh Telegram id, created now; `source_normalized` follows `source`, the activity
 * and update times follow `created_at`. The kept counters (`client_totals`, `active_discounts`)
 * are the caller's: see `recountClientTotals`.
 */
export function clientRow(overrides: Partial<ClientRow> = {}): ClientRow {
  const createdAt = overrides.created_at ?? new Date();
  const source = overrides.source ?? 'organic';
  return {
    telegram_id: nextTelegramId(),
    first_name: 'Клиент',
    gender: 'unknown',
    source,
    source_normalized: source,
    subscribed: false,
    status: 'active',
    is_test: false,
    last_activity_at: createdAt,
    created_at: createdAt,
    updated_at: createdAt,
    ...overrides,
  };
}

/** Client rows (see `clientRow`), a thousand a statement; their ids in order. */
export function clientRows(sql: Sql, overrides: Array<Partial<ClientRow>>): Promise<number[]> {
  return insertRows(sql, 'clients', overrides.map(clientRow));
}

/** One client row (see `clientRow`); its id. */
export async function aClientRow(sql: Sql, overrides: Partial<ClientRow> = {}): Promise<number> {
  const [id] = await clientRows(sql, [overrides]);
  return id;
}

/** Every tag on every client given (the staff's tagging, without its command). */
export async function tagClients(
  sql: Sql,
  clientIds: number | number[],
  tags: string | string[],
  { ignore = false }: { ignore?: boolean } = {},
): Promise<void> {
  const now = new Date();
  const rows = [clientIds]
    .flat()
    .flatMap((clientId) => [tags].flat().map((tag) => ({ client_id: clientId, tag, created_at: now })));
  await insertRows(sql, 'client_tags', rows, { ignore });
}

/**
 * The dashboard's `client_totals` counted afresh from `clients`, as
 * `ClientTotalsRepository.recount` does: for rows the registration did not count.
 */
export async function recountClientTotals(sql: Sql): Promise<void> {
  await sql('DELETE FROM client_totals');
  await sql(
    `INSERT INTO client_totals (is_test, slot, total, subscribed)
     SELECT is_test, id % ${CLIENT_TOTAL_SLOTS}, COUNT(*), SUM(subscribed) FROM clients
     GROUP BY is_test, id % ${CLIENT_TOTAL_SLOTS}`,
  );
}
