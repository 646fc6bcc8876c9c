import { nextTelegramId } from './telegram-ids';

type Sql = <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;

export interface ManyClientsOptions {
  isTest?: boolean;
  status?: 'active' | 'blocked' | 'banned';
  subscribed?: boolean;
}

/**
 * `count` clients inserted straight into the table, 1 000 rows a statement: audiences of
 * thousands for broadcast tests and benches, where registering each through its command
 * would take longer than the test. Returns `{ id, telegramId }` in id order.
 */
export async function manyClients(
  sql: Sql,
  count: number,
  { isTest = false, status = 'active', subscribed = false }: ManyClientsOptions = {},
): Promise<Array<{ id: number; telegramId: number }>> {
  const telegramIds = Array.from({ length: count }, () => nextTelegramId());
  const now = new Date();
  for (let at = 0; at < count; at += 1000) {
    const chunk = telegramIds.slice(at, at + 1000);
    await sql(
      `INSERT INTO clients (telegram_id, first_name, gender, source, source_normalized, subscribed, status,
         is_test, last_activity_at, created_at, updated_at)
       VALUES ${chunk.map(() => "(?, 'Клиент', 'unknown', 'organic', 'organic', ?, ?, ?, ?, ?, ?)").join(', ')}`,
      chunk.flatMap((telegramId) => [telegramId, subscribed, status, isTest, now, now, now]),
    );
  }
  const rows: Array<{ id: number; telegram_id: string }> = [];
  for (let at = 0; at < count; at += 10_000) {
    rows.push(
      ...(await sql<{ id: number; telegram_id: string }>(
        'SELECT id, telegram_id FROM clients WHERE telegram_id IN (?) ORDER BY id',
        [telegramIds.slice(at, at + 10_000)],
      )),
    );
  }
  // The dashboard's client_totals, as registration keeps them (ClientTotalsRepository.tally).
  for (let at = 0; at < rows.length; at += 10_000)
    await sql(
      `INSERT INTO client_totals (is_test, slot, total, subscribed)
       SELECT is_test, id % 16, COUNT(*), SUM(subscribed) FROM clients WHERE id IN (?) GROUP BY is_test, id % 16
       ON DUPLICATE KEY UPDATE total = client_totals.total + VALUES(total),
         subscribed = client_totals.subscribed + VALUES(subscribed)`,
      [rows.slice(at, at + 10_000).map((r) => r.id)],
    );
  return rows.map((r) => ({ id: Number(r.id), telegramId: Number(r.telegram_id) }));
}
