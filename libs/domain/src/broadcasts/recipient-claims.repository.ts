import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';

type Affected = { affectedRows: number };

export interface ClaimedRecipient {
  broadcastId: number;
  clientId: number;
  chatId: number;
  attempts: number;
}

/**
 * The recipient state machine `pending → sending (claimed: claimed_by, claimed_at) → sent |
 * failed`. Every transition out of `sending` names the claimer, so a row reclaimed from a dead
 * worker is never completed twice, and the counts of affected rows are exact.
 */
@Injectable()
export class RecipientClaimsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Pending rows whose retry time has come, marked as this worker's; SKIP LOCKED keeps workers apart. */
  claim(broadcastId: number, workerId: string, limit: number): Promise<ClaimedRecipient[]> {
    return this.uow.run(async () => {
      const now = new Date();
      const rows = await this.uow.query<Array<{ client_id: number; chat_id: string; attempts: number }>>(
        `SELECT client_id, chat_id, attempts FROM broadcast_recipients
         WHERE broadcast_id = ? AND status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
         ORDER BY client_id LIMIT ? FOR UPDATE SKIP LOCKED`,
        [broadcastId, now, limit],
      );
      if (rows.length === 0) return [];
      const ids = rows.map((r) => Number(r.client_id));
      await this.uow.query(
        `UPDATE broadcast_recipients SET status = 'sending', claimed_by = ?, claimed_at = UTC_TIMESTAMP(3)
         WHERE broadcast_id = ? AND client_id IN (?)`,
        [workerId, broadcastId, ids],
      );
      return rows.map((r) => ({
        broadcastId,
        clientId: Number(r.client_id),
        chatId: Number(r.chat_id),
        attempts: Number(r.attempts),
      }));
    });
  }

  async markSent(broadcastId: number, workerId: string, clientIds: number[], at: Date): Promise<number> {
    const result: Affected = await this.uow.query(
      `UPDATE broadcast_recipients SET status = 'sent', sent_at = ?, error = NULL
       WHERE broadcast_id = ? AND client_id IN (?) AND status = 'sending' AND claimed_by = ?`,
      [at, broadcastId, clientIds, workerId],
    );
    return result.affectedRows;
  }

  async markFailed(
    broadcastId: number,
    workerId: string,
    clientIds: number[],
    error: string,
    blocked: boolean,
  ): Promise<number> {
    const result: Affected = await this.uow.query(
      `UPDATE broadcast_recipients SET status = 'failed', blocked = ?, error = ?
       WHERE broadcast_id = ? AND client_id IN (?) AND status = 'sending' AND claimed_by = ?`,
      [blocked, error, broadcastId, clientIds, workerId],
    );
    return result.affectedRows;
  }

  /** A network failure: back in line after `retryAt`, one attempt used. */
  async markRetry(broadcastId: number, workerId: string, clientIds: number[], error: string, retryAt: Date) {
    await this.uow.query(
      `UPDATE broadcast_recipients SET status = 'pending', attempts = attempts + 1, next_attempt_at = ?,
         error = ?, claimed_by = NULL, claimed_at = NULL
       WHERE broadcast_id = ? AND client_id IN (?) AND status = 'sending' AND claimed_by = ?`,
      [retryAt, error, broadcastId, clientIds, workerId],
    );
  }

  /** Claimed but not sent (paused, cancelled, shutting down): back to pending, no attempt used. */
  async release(broadcastId: number, workerId: string, clientIds: number[]): Promise<void> {
    if (clientIds.length === 0) return;
    await this.uow.query(
      `UPDATE broadcast_recipients SET status = 'pending', claimed_by = NULL, claimed_at = NULL
       WHERE broadcast_id = ? AND client_id IN (?) AND status = 'sending' AND claimed_by = ?`,
      [broadcastId, clientIds, workerId],
    );
  }

  /** Keeps this worker's claims fresh, so the hard lease never takes them from a live worker. */
  async renewClaims(workerId: string, broadcastIds: number[]): Promise<void> {
    if (broadcastIds.length === 0) return;
    await this.uow.query(
      `UPDATE broadcast_recipients SET claimed_at = UTC_TIMESTAMP(3)
       WHERE broadcast_id IN (?) AND status = 'sending' AND claimed_by = ?`,
      [broadcastIds, workerId],
    );
  }

  /**
   * Rows of other workers not renewed for `leaseMs` (by the database's clock) go back to pending;
   * what their holder had sent and not yet recorded is sent again (bounded by what was in flight).
   */
  async reclaimExpired(broadcastId: number, workerId: string, leaseMs: number): Promise<number> {
    const result: Affected = await this.uow.query(
      `UPDATE broadcast_recipients SET status = 'pending', claimed_by = NULL, claimed_at = NULL
       WHERE broadcast_id = ? AND status = 'sending' AND claimed_by <> ?
         AND claimed_at < UTC_TIMESTAMP(3) - INTERVAL ? MICROSECOND`,
      [broadcastId, workerId, leaseMs * 1000],
    );
    return result.affectedRows;
  }
}
