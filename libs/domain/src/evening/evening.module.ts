import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings';
import { AnomalySignalsReader } from './anomaly-signals.reader';
import { EveningClaimsRepository } from './evening-claims.repository';
import { DigestFiguresReader } from './digest-figures.reader';
import { SendEveningDigestJob } from './jobs/send-evening-digest.job';
import { WatchAnomaliesJob } from './jobs/watch-anomalies.job';

const Jobs = [SendEveningDigestJob, WatchAnomaliesJob];

/**
 * The owner's evening: the daily digest and the anomaly watch (scheduled jobs in the worker).
 * What they find leaves as events; notifications/ sends them through the staff bot.
 */
@Module({
  imports: [SettingsModule],
  providers: [...Jobs, DigestFiguresReader, AnomalySignalsReader, EveningClaimsRepository],
})
export class EveningModule {}
