import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { IdempotencyStore } from '../idempotency.store';

/** A till retries within minutes; a week of keys is generous and keeps the table small. */
export const IDEMPOTENCY_KEY_TTL_DAYS = 7;
const CHUNK = 5000;

@JobHandler(JobName.PurgeIdempotencyKeys)
export class PurgeIdempotencyKeysJob implements JobProcessor<unknown, { deleted: number }> {
  constructor(private readonly store: IdempotencyStore) {}

  async process() {
    const cutoff = new Date(Date.now() - IDEMPOTENCY_KEY_TTL_DAYS * 24 * 3600 * 1000);
    let deleted = 0;
    for (;;) {
      const affected = await this.store.purgeOlderThan(cutoff, CHUNK);
      deleted += affected;
      if (affected < CHUNK) return { deleted };
    }
  }
}
