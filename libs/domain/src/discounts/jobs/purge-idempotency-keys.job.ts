import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { IdempotencyStore } from '@dvorik/persistence';
import { SettingsReader } from '../../settings';

/** The default of `idempotency_keys_retention_days`: a till retries within minutes; a week is generous. */
export const IDEMPOTENCY_KEY_TTL_DAYS = 7;
const CHUNK = 5000;

@JobHandler(JobName.PurgeIdempotencyKeys)
export class PurgeIdempotencyKeysJob implements JobProcessor<unknown, { deleted: number }> {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly settings: SettingsReader,
  ) {}

  async process() {
    const days = await this.settings.get('idempotency_keys_retention_days');
    const cutoff = new Date(Date.now() - days * 24 * 3600 * 1000);
    let deleted = 0;
    for (;;) {
      const affected = await this.store.purgeOlderThan(cutoff, CHUNK);
      deleted += affected;
      if (affected < CHUNK) return { deleted };
    }
  }
}
