import { Module } from '@nestjs/common';
import { FailedCheckStreaksReader } from './failed-check-streaks.reader';
import { SettingsModule } from '../settings';
import { AdminAlertsConsumer } from './consumers/admin-alerts.consumer';
import { WatchFailedChecksJob } from './jobs/watch-failed-checks.job';
import { Notifier } from './notifier';
import { StuckEventsAlerter } from './stuck-events.alerter';

const Consumers = [AdminAlertsConsumer];
const Jobs = [WatchFailedChecksJob];

/** The administration's staff alerts, beside NotificationsModule (the loyalty loop's). */
@Module({
  imports: [SettingsModule],
  providers: [...Consumers, ...Jobs, FailedCheckStreaksReader, Notifier, StuckEventsAlerter],
  exports: [StuckEventsAlerter],
})
export class AdminAlertsModule {}
