import { Logger } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { SYSTEM, UnitOfWork } from '@dvorik/persistence';
import { SettingsReader } from '../../settings';
import { Clock, toShopTime } from '../../shared';
import { DigestFiguresReader } from '../digest-figures.reader';
import { EveningClaimsRepository } from '../evening-claims.repository';
import { EveningDigestReadyEvent } from '../evening.events';

export type SendEveningDigestResult =
  | { skipped: 'before_hour' | 'already_sent'; date: string }
  | { sent: true; date: string; redemptions: number };

/**
 * The evening digest (DESIGN §2 «The owner's evening»). Scheduled every minute on every worker;
 * the first run at or after `digest_hour` shop time counts the day so far and claims the day in
 * digest_runs (primary key = the date) in the same transaction as the event that sends it. The
 * insert is the exactly-once: a second run, a second worker or a retry finds the row and stops.
 * A day whose hour passed while every worker was down is sent late, until local midnight.
 */
@JobHandler(JobName.SendEveningDigest)
export class SendEveningDigestJob implements JobProcessor<unknown, SendEveningDigestResult> {
  private readonly logger = new Logger(SendEveningDigestJob.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly reader: DigestFiguresReader,
    private readonly claims: EveningClaimsRepository,
    private readonly settings: SettingsReader,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async process(): Promise<SendEveningDigestResult> {
    const now = this.clock.now();
    const local = toShopTime(now, this.config.timeZone);
    const date = local.toISODate()!;
    if (local.hour < (await this.settings.get('digest_hour'))) return { skipped: 'before_hour', date };
    if (await this.claims.digestClaimed(date)) return { skipped: 'already_sent', date };

    const dayStart = local.startOf('day');
    // The same weekday last week, over the same hours: 21:00 against last week's 21:00, not its whole day.
    const figures = await this.reader.figures({
      date,
      start: dayStart.toJSDate(),
      until: now,
      lastWeekStart: dayStart.minus({ weeks: 1 }).toJSDate(),
      lastWeekUntil: local.minus({ weeks: 1 }).toJSDate(),
    });
    const claimed = await this.uow.run(async () => {
      if (!(await this.claims.claimDigest(date, figures, now))) return false;
      await this.uow.record(new EveningDigestReadyEvent(SYSTEM, { type: 'digest', id: date }, figures));
      return true;
    });
    if (!claimed) return { skipped: 'already_sent', date };
    this.logger.log(`Evening digest ${date}: ${figures.redemptions.today} redemptions`);
    return { sent: true, date, redemptions: figures.redemptions.today };
  }
}
