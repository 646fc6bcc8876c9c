import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import type { SqlFragment } from '../clients';
import type { RecipientStatus } from './broadcast.types';

export interface RecipientRow {
  client_id: number;
  chat_id: string;
  status: RecipientStatus;
  blocked: number;
  attempts: number;
  error: string | null;
  sent_at: Date | null;
  first_name: string | null;
  last_name: string | null;
  username: string | null;
}

type Affected = { affectedRows: number };

/** The frozen audience: one row per recipient (claims and outcomes: RecipientClaimsRepository). */
@Injectable()
export class RecipientsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * One keyset chunk of the audience, copied by the database itself (INSERT … SELECT): a 1M
   * audience never passes through this process. Resumable: it continues after the highest
   * client id already frozen. Returns how many rows it added.
   */
  async freezeChunk(broadcastId: number, where: SqlFragment, limit: number): Promise<number> {
    const [row] = await this.uow.query<Array<{ last: number | null }>>(
      'SELECT MAX(client_id) AS last FROM broadcast_recipients WHERE broadcast_id = ?',
      [broadcastId],
    );
    const result: Affected = await this.uow.query(
      `INSERT IGNORE INTO broadcast_recipients (broadcast_id, client_id, chat_id, status)
       SELECT ?, c.id, c.telegram_id, 'pending' FROM clients c
       WHERE ${where.sql} AND c.id > ? ORDER BY c.id LIMIT ?`,
      [broadcastId, ...where.params, Number(row?.last ?? 0), limit],
    );
    return result.affectedRows;
  }

  async count(broadcastId: number): Promise<number> {
    const [row] = await this.uow.query<Array<{ n: number | string }>>(
      'SELECT COUNT(*) AS n FROM broadcast_recipients WHERE broadcast_id = ?',
      [broadcastId],
    );
    return Number(row?.n ?? 0);
  }

  /** Recipients without an outcome yet (pending, in flight, or waiting for a retry). */
  async unfinished(broadcastId: number): Promise<number> {
    const [row] = await this.uow.query<Array<{ n: number | string }>>(
      `SELECT COUNT(*) AS n FROM broadcast_recipients WHERE broadcast_id = ? AND status IN ('pending', 'sending')`,
      [broadcastId],
    );
    return Number(row?.n ?? 0);
  }

  /**
   * Failed recipients back to pending, except those whose client is blocked or banned now:
   * Telegram would refuse them again. Returns how many go again.
   */
  async retryFailed(broadcastId: number): Promise<number> {
    const result: Affected = await this.uow.query(
      `UPDATE broadcast_recipients r JOIN clients c ON c.id = r.client_id
       SET r.status = 'pending', r.attempts = 0, r.next_attempt_at = NULL, r.error = NULL, r.blocked = 0
       WHERE r.broadcast_id = ? AND r.status = 'failed' AND c.status = 'active'`,
      [broadcastId],
    );
    return result.affectedRows;
  }

  /** Exact counters, recomputed once (after retry-failed) rather than trusted across a reset. */
  async tally(broadcastId: number): Promise<{ sent: number; failed: number; blocked: number }> {
    const rows = await this.uow.query<Array<{ status: string; blocked: number; n: number | string }>>(
      `SELECT status, blocked, COUNT(*) AS n FROM broadcast_recipients
       WHERE broadcast_id = ? AND status IN ('sent', 'failed') GROUP BY status, blocked`,
      [broadcastId],
    );
    const tally = { sent: 0, failed: 0, blocked: 0 };
    for (const row of rows) {
      const n = Number(row.n);
      if (row.status === 'sent') tally.sent += n;
      else tally.failed += n;
      if (row.status === 'failed' && Number(row.blocked) === 1) tally.blocked += n;
    }
    return tally;
  }

  /** One page of recipients with their client's names, in one joined query (no per-row lookups). */
  async page(
    broadcastId: number,
    filter: { status?: RecipientStatus; blocked?: boolean },
    page: number,
    perPage: number,
  ): Promise<{ rows: RecipientRow[]; total: number }> {
    let where = 'r.broadcast_id = ?';
    const params: unknown[] = [broadcastId];
    if (filter.status) {
      where += ' AND r.status = ?';
      params.push(filter.status);
    }
    if (filter.blocked !== undefined) {
      where += ' AND r.blocked = ?';
      params.push(filter.blocked);
    }
    const [count] = await this.uow.query<Array<{ n: number | string }>>(
      `SELECT COUNT(*) AS n FROM broadcast_recipients r WHERE ${where}`,
      params,
    );
    const rows = await this.uow.query<RecipientRow[]>(
      `SELECT r.client_id, r.chat_id, r.status, r.blocked, r.attempts, r.error, r.sent_at,
         c.first_name, c.last_name, c.username
       FROM broadcast_recipients r LEFT JOIN clients c ON c.id = r.client_id
       WHERE ${where} ORDER BY r.client_id LIMIT ? OFFSET ?`,
      [...params, perPage, (page - 1) * perPage],
    );
    return { rows, total: Number(count?.n ?? 0) };
  }
}
