import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { ExpiringMarkers, SYSTEM, UnitOfWork } from '@dvorik/persistence';
import { FailedCheckStreaksReader } from '../failed-check-streaks.reader';
import { FAILED_BURST_THRESHOLD, FailedChecksBurstEvent } from '../failed-checks.events';

/** Cashiers with a failure this recent are looked at; wider than the schedule, so no tick is missed. */
const LOOKBACK_MS = 5 * 60_000;
const MARKER_TTL_SECONDS = 7 * 24 * 3600;

/**
 * Every minute: a cashier whose checks since their last success are more than five failures
 * (typos, guessing) raises one alert per streak. The streak is keyed by its first failure, so
 * it is alerted once however long it grows; a success starts a new one.
 */
@JobHandler(JobName.WatchFailedChecks)
export class WatchFailedChecksJob implements JobProcessor<unknown, { alerted: number }> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly streaks: FailedCheckStreaksReader,
    private readonly markers: ExpiringMarkers,
  ) {}

  async process() {
    let alerted = 0;
    for (const cashierId of await this.streaks.cashiersFailingSince(new Date(Date.now() - LOOKBACK_MS))) {
      const streak = await this.streaks.current(cashierId);
      if (!streak || streak.failures <= FAILED_BURST_THRESHOLD) continue;
      const marker = `failed-burst:${cashierId}:${streak.firstId}`;
      if (await this.markers.has(marker)) continue;
      await this.uow.run(() =>
        this.uow.record(
          new FailedChecksBurstEvent(
            SYSTEM,
            { type: 'cashier', id: cashierId },
            {
              cashierId,
              cashierName: streak.name ?? `#${cashierId}`,
              store: streak.store,
              failures: streak.failures,
              since: streak.since.toISOString(),
              isTest: streak.isTest,
            },
          ),
        ),
      );
      // Marked after the commit: a crash in between repeats an alert rather than losing it.
      await this.markers.set(marker, MARKER_TTL_SECONDS);
      alerted++;
    }
    return { alerted };
  }
}
