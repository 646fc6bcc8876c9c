import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { SettingsReader } from '../settings';
import { idRanges, RETENTION_SETTINGS, type RetainedLog, retentionCutoff } from './retention.rule';

/** Rows per DELETE: each statement is its own short autocommit transaction. */
export const PURGE_BATCH = 1000;

type Affected = { affectedRows: number };

/**
 * Trims every log to its retention (settings, per log). Never one long DELETE: the append-only
 * logs with an auto-increment id go by primary-key ranges below the newest old row, so no lock
 * reaches the rows the tills and the API are inserting; the others go in small batches along
 * their time index, oldest first.
 */
@Injectable()
export class RetentionPurger {
  private readonly logger = new Logger(RetentionPurger.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly settings: SettingsReader,
  ) {}

  async purgeAll(
    now = new Date(),
    overrides: Partial<Record<RetainedLog, number>> = {},
  ): Promise<Record<RetainedLog, number>> {
    const settings = await this.settings.all();
    const cutoff = (log: RetainedLog) =>
      retentionCutoff(now, overrides[log] ?? settings[RETENTION_SETTINGS[log]]);
    const deleted = {
      audit_logs: await this.byIdRanges('audit_logs', cutoff('audit_logs')),
      redemption_log: await this.byIdRanges('redemption_log', cutoff('redemption_log')),
      broadcast_recipients: await this.broadcastRecipients(cutoff('broadcast_recipients')),
      consumed_events: await this.byTime('consumed_events', 'consumed_at', cutoff('consumed_events')),
      idempotency_keys: await this.byTime('idempotency_keys', 'created_at', cutoff('idempotency_keys')),
    };
    this.logger.log(`Retention purge: ${JSON.stringify(deleted)}`);
    return deleted;
  }

  /** `[MIN(id), last old id]` in ranges; `created_at` re-checked (ids commit slightly out of order). */
  private async byIdRanges(table: 'audit_logs' | 'redemption_log', cutoff: Date): Promise<number> {
    const [bounds] = await this.uow.query<Array<{ first: string | null; last: string | null }>>(
      `SELECT (SELECT MIN(id) FROM ${table}) AS first, (SELECT MAX(id) FROM ${table} WHERE created_at < ?) AS last`,
      [cutoff],
    );
    if (bounds.first === null || bounds.last === null) return 0;
    let deleted = 0;
    for (const [from, to] of idRanges(Number(bounds.first), Number(bounds.last) + 1, PURGE_BATCH)) {
      const result = await this.uow.query<Affected>(
        `DELETE FROM ${table} WHERE id >= ? AND id < ? AND created_at < ?`,
        [from, to, cutoff],
      );
      deleted += result.affectedRows;
    }
    return deleted;
  }

  /** Recipients of broadcasts that ended before the cutoff; the broadcast and its totals stay. */
  private async broadcastRecipients(cutoff: Date): Promise<number> {
    const ended = await this.uow.query<Array<{ id: number }>>(
      `SELECT b.id FROM broadcasts b
       WHERE b.status IN ('sent', 'failed', 'cancelled') AND COALESCE(b.finished_at, b.updated_at) < ?
         AND EXISTS (SELECT 1 FROM broadcast_recipients r WHERE r.broadcast_id = b.id)`,
      [cutoff],
    );
    let deleted = 0;
    for (const { id } of ended) {
      for (;;) {
        // Along the primary key (broadcast_id, client_id) of a broadcast nobody sends any more.
        const result = await this.uow.query<Affected>(
          'DELETE FROM broadcast_recipients WHERE broadcast_id = ? ORDER BY client_id LIMIT ?',
          [id, PURGE_BATCH],
        );
        deleted += result.affectedRows;
        if (result.affectedRows < PURGE_BATCH) break;
      }
    }
    return deleted;
  }

  private async byTime(
    table: 'consumed_events' | 'idempotency_keys',
    column: 'consumed_at' | 'created_at',
    cutoff: Date,
  ): Promise<number> {
    let deleted = 0;
    for (;;) {
      const result = await this.uow.query<Affected>(
        `DELETE FROM ${table} WHERE ${column} < ? ORDER BY ${column} LIMIT ?`,
        [cutoff, PURGE_BATCH],
      );
      deleted += result.affectedRows;
      if (result.affectedRows < PURGE_BATCH) return deleted;
    }
  }
}
