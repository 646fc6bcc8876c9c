import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { RedisService, SYSTEM, UnitOfWork } from '@dvorik/persistence';
import { FAILED_BURST_THRESHOLD, FailedChecksBurstEvent } from '../failed-checks.events';

/** Cashiers with a failure this recent are looked at; wider than the schedule, so no tick is missed. */
const LOOKBACK_MS = 5 * 60_000;
const MARKER_TTL_SECONDS = 7 * 24 * 3600;

interface Streak {
  first_id: string;
  n: string;
  since: Date;
  name: string | null;
  store: string | null;
  is_test: number;
}

/**
 * Every minute: a cashier whose checks since their last success are more than five failures
 * (typos, guessing) raises one alert per streak. The streak is keyed by its first failure, so
 * it is alerted once however long it grows; a success starts a new one.
 */
@JobHandler(JobName.WatchFailedChecks)
export class WatchFailedChecksJob implements JobProcessor<unknown, { alerted: number }> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly redis: RedisService,
  ) {}

  async process() {
    const m = this.uow.manager;
    const recent = await m.query<Array<{ cashier_id: number }>>(
      "SELECT DISTINCT cashier_id FROM redemption_log WHERE created_at >= ? AND result <> 'success' AND cashier_id IS NOT NULL",
      [new Date(Date.now() - LOOKBACK_MS)],
    );
    let alerted = 0;
    for (const { cashier_id: cashierId } of recent) {
      const [success] = await m.query<Array<{ id: string }>>(
        "SELECT id FROM redemption_log WHERE cashier_id = ? AND result = 'success' ORDER BY created_at DESC, id DESC LIMIT 1",
        [cashierId],
      );
      const [streak] = await m.query<Streak[]>(
        `SELECT MIN(r.id) AS first_id, COUNT(*) AS n, MIN(r.created_at) AS since, MAX(k.name) AS name,
                MAX(k.store) AS store, MAX(k.is_test) AS is_test
         FROM redemption_log r LEFT JOIN cashiers k ON k.id = r.cashier_id
         WHERE r.cashier_id = ? AND r.id > ?`,
        [cashierId, success?.id ?? 0],
      );
      if (!streak || Number(streak.n) <= FAILED_BURST_THRESHOLD) continue;
      const marker = `failed-burst:${cashierId}:${streak.first_id}`;
      if (await this.redis.client.exists(marker)) continue;
      await this.uow.run(() =>
        this.uow.record(
          new FailedChecksBurstEvent(
            SYSTEM,
            { type: 'cashier', id: Number(cashierId) },
            {
              cashierId: Number(cashierId),
              cashierName: streak.name ?? `#${cashierId}`,
              store: streak.store,
              failures: Number(streak.n),
              since: new Date(streak.since).toISOString(),
              isTest: Boolean(streak.is_test),
            },
          ),
        ),
      );
      // Marked after the commit: a crash in between repeats an alert rather than losing it.
      await this.redis.client.set(marker, '1', 'EX', MARKER_TTL_SECONDS);
      alerted++;
    }
    return { alerted };
  }
}
