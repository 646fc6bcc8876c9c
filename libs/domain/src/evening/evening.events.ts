import { DomainEvent } from '@dvorik/persistence';
import type { DigestFigures } from './digest-figures';
import type { AnomalyCause } from './rules/anomaly.rule';

/** The day's digest was claimed (digest_runs row) with these figures; the consumer sends it. */
export class EveningDigestReadyEvent extends DomainEvent<DigestFigures> {
  static readonly type = 'evening.digest_ready';
  readonly type = EveningDigestReadyEvent.type;
}

/** Values the alert's message template needs, per cause. */
export type AnomalyDetails =
  | {
      cause: AnomalyCause.CashierSpike;
      cashierName: string;
      store: string | null;
      today: number;
      median: number;
    }
  | { cause: AnomalyCause.NotFoundBurst; count: number; minutes: number }
  | { cause: AnomalyCause.QuietCampaign; name: string; registrations: number }
  | { cause: AnomalyCause.BroadcastBlocked; title: string; blocked: number; recipients: number };

/** An anomaly claimed once for its (cause, subject, day) in anomaly_alerts. */
export class AnomalyDetectedEvent extends DomainEvent<{
  subject: string;
  day: string;
  details: AnomalyDetails;
}> {
  static readonly type = 'evening.anomaly_detected';
  readonly type = AnomalyDetectedEvent.type;
}
