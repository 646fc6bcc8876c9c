import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { EventConsumer } from '@dvorik/messaging';
import type { EnvelopeOf } from '@dvorik/persistence';
import { BroadcastFailedEvent, BroadcastSentEvent } from '../../broadcasts';
import { AdminJobFinishedEvent } from '../../jobs';
import type { MessageTemplateKey, Placeholder } from '../../message-templates';
import { SettingsReader, SettingsUpdatedEvent } from '../../settings';
import { SecurityLockoutEvent } from '../../security';
import { toShopTime } from '../../shared';
import { GetStaffQuery, ListStaffToAlertQuery, NotificationGroup, StaffRole } from '../../staff';
import { JobDeadEvent } from '../dead-job.events';
import { botNameFor } from '../bot-routing';
import { FailedChecksBurstEvent } from '../failed-checks.events';
import { Notifier } from '../notifier';

interface Alert {
  group: NotificationGroup;
  roles?: readonly StaffRole[];
  key: MessageTemplateKey;
  values: Partial<Record<Placeholder, string>>;
  isTest: boolean;
}

const EVENTS = [
  SettingsUpdatedEvent,
  FailedChecksBurstEvent,
  BroadcastFailedEvent,
  AdminJobFinishedEvent,
  SecurityLockoutEvent,
  BroadcastSentEvent,
  JobDeadEvent,
] as const;
type AdminAlertEvent = EnvelopeOf<InstanceType<(typeof EVENTS)[number]>>;

const show = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));
const LOCKOUTS: Record<
  SecurityLockoutEvent['payload']['kind'],
  { title: string; details: (p: SecurityLockoutEvent['payload']) => string }
> = {
  login: {
    title: 'вход в панель по паролю',
    details: (p) => `Telegram ID ${p.subject ?? '—'}: ${p.failures} неверных паролей, адрес ${p.ip ?? '—'}`,
  },
  pos_address: {
    title: 'касса (X-API-Key)',
    details: (p) => `адрес ${p.subject ?? '—'}: ${p.failures} несуществующих кодов`,
  },
  pos_key: {
    title: 'ключ касс POS_API_KEY',
    details: (p) => `${p.failures} несуществующих кодов со всех адресов; проверка кодов кассами остановлена`,
  },
};

const JOB_TITLES: Record<AdminJobFinishedEvent['payload']['kind'], string> = {
  bulk_clients: 'массовое действие с клиентами',
  export_clients: 'выгрузка клиентов',
  export_redemptions: 'выгрузка журнала погашений',
};

/**
 * The administration's staff alerts (the loyalty loop's are in staff-alerts.consumer.ts):
 * a settings change → `settings`, a burst of failed checks → `redemptions`, a failed broadcast →
 * `broadcasts`, a failed admin job → `errors`, a brute-force lock (logins, tills) → owners in `errors`. Each goes through the staff bot to the active
 * staff in that group; a redelivered event sends nothing twice (Notifier's dedupe key).
 */
@EventConsumer('notify-staff-admin', EVENTS)
export class AdminAlertsConsumer {
  constructor(
    private readonly notifier: Notifier,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
    private readonly settings: SettingsReader,
  ) {}

  async consume(event: AdminAlertEvent): Promise<void> {
    const alert = await this.alertFor(event);
    if (!alert) return;
    const staff = await this.queries.execute(new ListStaffToAlertQuery(alert.group, alert.roles));
    for (const member of staff) {
      await this.notifier.send({
        bot: botNameFor('staff', alert.isTest),
        chatId: member.telegramId,
        key: alert.key,
        values: alert.values,
        dedupeKey: `${event.id}:${member.telegramId}`,
      });
    }
  }

  private async alertFor(event: AdminAlertEvent): Promise<Alert | null> {
    switch (event.type) {
      case SettingsUpdatedEvent.type: {
        const { changes } = event.payload;
        const details = Object.entries(changes).map(
          ([key, c]) => `${key}: ${show(c.before)} → ${show(c.after)}`,
        );
        return {
          group: NotificationGroup.Settings,
          key: 'settings_changed_alert',
          values: { staff_name: await this.actorName(event), details: details.join('\n') },
          isTest: false,
        };
      }
      case FailedChecksBurstEvent.type: {
        const p = event.payload;
        return {
          group: NotificationGroup.Redemptions,
          key: 'failed_checks_alert',
          values: { cashier_name: p.cashierName, store: p.store ?? 'не указан', count: String(p.failures) },
          isTest: p.isTest,
        };
      }
      case BroadcastFailedEvent.type: {
        const p = event.payload;
        return {
          group: NotificationGroup.Broadcasts,
          key: 'broadcast_failed_alert',
          values: { title: p.title, details: `${p.reason} (доставлено ${p.sent} из ${p.total})` },
          isTest: p.isTest,
        };
      }
      case AdminJobFinishedEvent.type: {
        const p = event.payload;
        if (p.status !== 'failed') return null;
        return {
          group: NotificationGroup.Errors,
          key: 'admin_job_failed_alert',
          values: { title: JOB_TITLES[p.kind], details: p.error ?? '—' },
          isTest: false,
        };
      }
      case SecurityLockoutEvent.type: {
        const p = event.payload;
        const until = toShopTime(new Date(p.lockedUntil), this.config.timeZone).toFormat('dd.MM HH:mm');
        const lockout = LOCKOUTS[p.kind];
        return {
          group: NotificationGroup.Errors,
          roles: [StaffRole.Owner],
          key: 'security_lockout_alert',
          values: { title: lockout.title, details: lockout.details(p), locked_until: until },
          isTest: false,
        };
      }
      case BroadcastSentEvent.type: {
        // Send errors: failures other than clients who blocked the bot (those are expected).
        const p = event.payload;
        const errors = p.failed - p.blocked;
        const total = p.total;
        const threshold = await this.settings.get('broadcast_error_alert_percent');
        if (total === 0 || errors <= 0 || (errors / total) * 100 <= threshold) return null;
        return {
          group: NotificationGroup.Errors,
          key: 'broadcast_errors_alert',
          values: {
            title: p.title,
            count: String(errors),
            details: `${((errors / total) * 100).toFixed(1)} % из ${total}, порог ${threshold} %`,
          },
          isTest: false,
        };
      }
      case JobDeadEvent.type: {
        const p = event.payload;
        return {
          group: NotificationGroup.Errors,
          key: 'dead_job_alert',
          values: {
            title: `${p.queue}/${p.name} #${p.jobId}`,
            details: `${p.error} (попыток: ${p.attempts})`,
          },
          isTest: false,
        };
      }
    }
  }

  private async actorName(event: AdminAlertEvent): Promise<string> {
    if (event.actor.type !== 'staff') return 'Система';
    return (
      (await this.queries.execute(new GetStaffQuery(event.actor.staffId)).catch(() => null))?.name ??
      `#${event.actor.staffId}`
    );
  }
}
