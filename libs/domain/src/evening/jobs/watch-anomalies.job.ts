import { Logger } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { SYSTEM, UnitOfWork } from '@dvorik/persistence';
import { Clock, toShopTime } from '../../shared';
import { AnomalySignalsReader } from '../anomaly-signals.reader';
import { EveningClaimsRepository } from '../evening-claims.repository';
import { AnomalyDetectedEvent, type AnomalyDetails } from '../evening.events';
import {
  AnomalyCause,
  CASHIER_MEDIAN_DAYS,
  CASHIER_SPIKE_MIN_REDEMPTIONS,
  dailyMedian,
  isBroadcastBlocked,
  isCashierSpike,
  isNotFoundBurst,
  isQuietCampaign,
  NOT_FOUND_BURST_MINUTES,
  QUIET_CAMPAIGN_DAYS,
  QUIET_CAMPAIGN_REGISTRATIONS,
} from '../rules/anomaly.rule';

/** Finished broadcasts are looked at this long after their end: wide enough for a worker outage. */
const BROADCAST_LOOKBACK_DAYS = 2;

type Done = (cause: AnomalyCause, subject: string, day: string) => boolean;

interface Finding {
  subject: string;
  /** The shop day the alert is once for. */
  day: string;
  details: AnomalyDetails;
}

/**
 * Anomaly alerts (DESIGN §2 «The owner's evening»). Scheduled every minute on every worker; each
 * finding is claimed in anomaly_alerts by (cause, subject, day) in the same transaction as the
 * event that alerts the `anomalies` group, so it is alerted once per cause, subject and day
 * however many workers look. A broadcast's day is the day it finished: it is alerted once.
 */
@JobHandler(JobName.WatchAnomalies)
export class WatchAnomaliesJob implements JobProcessor<unknown, { alerted: string[] }> {
  private readonly logger = new Logger(WatchAnomaliesJob.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly signals: AnomalySignalsReader,
    private readonly claims: EveningClaimsRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async process(): Promise<{ alerted: string[] }> {
    const now = this.clock.now();
    // What was alerted already is skipped before the costlier reads (the insert still decides).
    const since = this.today(now)
      .start.minus({ days: BROADCAST_LOOKBACK_DAYS + 1 })
      .toISODate()!;
    const claimed = await this.signals.claimedSince(since);
    const done: Done = (cause, subject, day) => claimed.has(`${cause}:${subject}:${day}`);
    const findings = [
      ...(await this.cashierSpikes(now, done)),
      ...(await this.notFoundBurst(now, done)),
      ...(await this.quietCampaigns(now, done)),
      ...(await this.blockedBroadcasts(now)),
    ].filter((f) => !done(f.details.cause, f.subject, f.day));
    const alerted: string[] = [];
    for (const finding of findings) {
      if (await this.claim(finding, now))
        alerted.push(`${finding.details.cause}:${finding.subject}:${finding.day}`);
    }
    if (alerted.length > 0) this.logger.log(`Anomalies alerted: ${alerted.join(', ')}`);
    return { alerted };
  }

  private async claim({ subject, day, details }: Finding, now: Date): Promise<boolean> {
    return this.uow.run(async () => {
      if (!(await this.claims.claimAnomaly(subject, day, details, now))) return false;
      await this.uow.record(
        new AnomalyDetectedEvent(
          SYSTEM,
          { type: 'anomaly', id: `${details.cause}:${subject}` },
          { subject, day, details },
        ),
      );
      return true;
    });
  }

  private today(now: Date) {
    const local = toShopTime(now, this.config.timeZone);
    return { local, day: local.toISODate()!, start: local.startOf('day') };
  }

  /** Today so far against the median of the 28 shop days before today, zero days included. */
  private async cashierSpikes(now: Date, done: Done): Promise<Finding[]> {
    const { day, start } = this.today(now);
    const busy = (
      await this.signals.busyCashiers(start.toJSDate(), now, CASHIER_SPIKE_MIN_REDEMPTIONS)
    ).filter((c) => !done(AnomalyCause.CashierSpike, String(c.cashierId), day));
    const historyStart = start.minus({ days: CASHIER_MEDIAN_DAYS });
    const days = Array.from({ length: CASHIER_MEDIAN_DAYS }, (_, i) =>
      historyStart.plus({ days: i }).toISODate()!,
    );
    const findings: Finding[] = [];
    for (const cashier of busy) {
      const counts = await this.signals.cashierDailyCounts(
        cashier.cashierId,
        historyStart.toJSDate(),
        start.toJSDate(),
        this.config.timeZone,
      );
      const median = dailyMedian(counts, days);
      if (!isCashierSpike(cashier.today, median)) continue;
      findings.push({
        subject: String(cashier.cashierId),
        day,
        details: {
          cause: AnomalyCause.CashierSpike,
          cashierName: cashier.name,
          store: cashier.store,
          today: cashier.today,
          median,
        },
      });
    }
    return findings;
  }

  private async notFoundBurst(now: Date, done: Done): Promise<Finding[]> {
    if (done(AnomalyCause.NotFoundBurst, 'shop', this.today(now).day)) return [];
    const since = new Date(now.getTime() - NOT_FOUND_BURST_MINUTES * 60_000);
    const count = await this.signals.notFoundChecks(since, now);
    if (!isNotFoundBurst(count)) return [];
    return [
      {
        subject: 'shop',
        day: this.today(now).day,
        details: { cause: AnomalyCause.NotFoundBurst, count, minutes: NOT_FOUND_BURST_MINUTES },
      },
    ];
  }

  /** Old enough, not alerted today, no redemption in the window, then ≥ 20 registrations. */
  private async quietCampaigns(now: Date, done: Done): Promise<Finding[]> {
    const { day } = this.today(now);
    const since = new Date(now.getTime() - QUIET_CAMPAIGN_DAYS * 24 * 3600_000);
    const candidates = (await this.signals.campaignsCreatedBefore(since)).filter(
      (c) => !done(AnomalyCause.QuietCampaign, String(c.campaignId), day),
    );
    if (candidates.length === 0) return [];
    const redeemed = await this.signals.campaignsWithRedemptions(since, now);
    const findings: Finding[] = [];
    for (const c of candidates.filter((x) => !redeemed.has(x.campaignId))) {
      const atLeast = await this.signals.registrations(c.campaignId, QUIET_CAMPAIGN_REGISTRATIONS);
      if (!isQuietCampaign(atLeast, 0)) continue;
      const registrations = await this.signals.registrations(c.campaignId);
      findings.push({
        subject: String(c.campaignId),
        day,
        details: { cause: AnomalyCause.QuietCampaign, name: c.name, registrations },
      });
    }
    return findings;
  }

  private async blockedBroadcasts(now: Date): Promise<Finding[]> {
    const since = new Date(now.getTime() - BROADCAST_LOOKBACK_DAYS * 24 * 3600_000);
    const broadcasts = await this.signals.finishedBroadcasts(since);
    return broadcasts
      .filter((b) => isBroadcastBlocked(b.blocked, b.recipients))
      .map((b) => ({
        subject: String(b.broadcastId),
        day: toShopTime(b.finishedAt, this.config.timeZone).toISODate()!,
        details: {
          cause: AnomalyCause.BroadcastBlocked,
          title: b.title,
          blocked: b.blocked,
          recipients: b.recipients,
        },
      }));
  }
}
