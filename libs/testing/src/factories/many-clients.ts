import { CLIENT_TOTAL_SLOTS } from '@dvorik/domain';
import { clientRows } from './client-rows';
import type { Sql } from './insert-rows';
import { nextTelegramId } from './telegram-ids';

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
  const ids = await clientRows(
    sql,
    telegramIds.map((telegramId) => ({
      telegram_id: telegramId,
      subscribed,
      status,
      is_test: isTest,
      created_at: now,
    })),
  );
  // The dashboard's client_totals, as registration keeps them (ClientTotalsRepository.tally).
  for (let at = 0; at < ids.length; at += 10_000)
    await sql(
      `INSERT INTO client_totals (is_test, slot, total, subscribed)
       SELECT is_test, id % ${CLIENT_TOTAL_SLOTS}, COUNT(*), SUM(subscribed) FROM clients WHERE id IN (?)
       GROUP BY is_test, id % ${CLIENT_TOTAL_SLOTS}
       ON DUPLICATE KEY UPDATE total = client_totals.total + VALUES(total),
         subscribed = client_totals.subscribed + VALUES(subscribed)`,
      [ids.slice(at, at + 10_000)],
    );
  return ids.map((id, i) => ({ id, telegramId: telegramIds[i] }));
}
