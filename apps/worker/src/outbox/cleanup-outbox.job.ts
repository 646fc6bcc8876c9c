import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { UnitOfWork } from '@dvorik/persistence';

const KEEP_PUBLISHED_DAYS = 7;
const KEEP_CONSUMED_DAYS = 30;
const CHUNK = 5000;

/** Published outbox rows and old consumer bookkeeping are only history: trimmed in chunks. */
@JobHandler(JobName.CleanupOutbox)
export class CleanupOutboxJob implements JobProcessor<unknown, { outbox: number; consumed: number }> {
  constructor(private readonly uow: UnitOfWork) {}

  async process() {
    const day = 24 * 3600 * 1000;
    const outbox = await this.deleteInChunks(
      'DELETE FROM outbox WHERE published_at IS NOT NULL AND published_at < ? LIMIT ?',
      new Date(Date.now() - KEEP_PUBLISHED_DAYS * day),
    );
    const consumed = await this.deleteInChunks(
      'DELETE FROM consumed_events WHERE consumed_at < ? LIMIT ?',
      new Date(Date.now() - KEEP_CONSUMED_DAYS * day),
    );
    return { outbox, consumed };
  }

  private async deleteInChunks(sql: string, cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const result: { affectedRows: number } = await this.uow.query(sql, [cutoff, CHUNK]);
      total += result.affectedRows;
      if (result.affectedRows < CHUNK) return total;
    }
  }
}
