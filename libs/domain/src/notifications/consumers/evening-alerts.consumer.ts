import { QueryBus } from '@nestjs/cqrs';
import { EventConsumer } from '@dvorik/messaging';
import type { EnvelopeOf } from '@dvorik/persistence';
import { DateTime } from 'luxon';
import { AnomalyCause, AnomalyDetectedEvent, digestValues, EveningDigestReadyEvent } from '../../evening';
import { type MessageTemplateKey, type Placeholder, RenderMessageQuery } from '../../message-templates';
import { ListStaffToAlertQuery, NotificationGroup } from '../../staff';
import { botNameFor } from '../bot-routing';
import { Notifier } from '../notifier';

interface Alert {
  group: NotificationGroup;
  key: MessageTemplateKey;
  values: Partial<Record<Placeholder, string>>;
}

type EveningEvent = EnvelopeOf<EveningDigestReadyEvent | AnomalyDetectedEvent>;

const NO_STORE = '—';
/** `4`, `2,5`, `7,5`: one decimal at most, with the Russian decimal comma. */
const number = (value: number) => String(Math.round(value * 10) / 10).replace('.', ',');

/**
 * The owner's evening through the staff bot: the digest to the `digest` group, anomalies to the
 * `anomalies` group (production data only, so always the production staff bot). A redelivered
 * event sends nothing twice (Notifier's dedupe key per event and chat).
 */
@EventConsumer('notify-staff-evening', [EveningDigestReadyEvent, AnomalyDetectedEvent])
export class EveningAlertsConsumer {
  constructor(
    private readonly notifier: Notifier,
    private readonly queries: QueryBus,
  ) {}

  async consume(event: EveningEvent): Promise<void> {
    const alert = await this.alertFor(event);
    const staff = await this.queries.execute(new ListStaffToAlertQuery(alert.group));
    for (const member of staff) {
      await this.notifier.send({
        bot: botNameFor('staff', false),
        chatId: member.telegramId,
        key: alert.key,
        values: alert.values,
        dedupeKey: `${event.id}:${member.telegramId}`,
      });
    }
  }

  private async alertFor(event: EveningEvent): Promise<Alert> {
    if (event.type === EveningDigestReadyEvent.type) {
      const figures = event.payload;
      const date = DateTime.fromISO(figures.date).toFormat('dd.MM.yyyy');
      const [noStore, noCashier] = await Promise.all([
        this.queries.execute(new RenderMessageQuery('evening_digest_no_store')),
        this.queries.execute(new RenderMessageQuery('evening_digest_no_cashier')),
      ]);
      return {
        group: NotificationGroup.Digest,
        key: 'evening_digest',
        values: digestValues(figures, date, { noStore, noCashier }),
      };
    }
    const { details } = event.payload;
    const group = NotificationGroup.Anomalies;
    switch (details.cause) {
      case AnomalyCause.CashierSpike:
        return {
          group,
          key: 'anomaly_cashier_alert',
          values: {
            cashier_name: details.cashierName,
            store: details.store ?? NO_STORE,
            count: String(details.today),
            median: number(details.median),
          },
        };
      case AnomalyCause.NotFoundBurst:
        return {
          group,
          key: 'anomaly_not_found_alert',
          values: { count: String(details.count), minutes: String(details.minutes) },
        };
      case AnomalyCause.QuietCampaign:
        return {
          group,
          key: 'anomaly_campaign_alert',
          values: { title: details.name, count: String(details.registrations) },
        };
      case AnomalyCause.BroadcastBlocked:
        return {
          group,
          key: 'anomaly_broadcast_blocked_alert',
          values: {
            title: details.title,
            blocked: String(details.blocked),
            recipients: String(details.recipients),
            percent: number((details.blocked / details.recipients) * 100),
          },
        };
    }
  }
}
