import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { RedisService, withDeadline } from '@dvorik/persistence';
import { TelegramGateway } from '@dvorik/telegram';
import { MESSAGE_TEMPLATE_DEFAULTS, RenderMessageQuery, renderTemplate } from '../message-templates';
import { ListStaffToAlertQuery, NotificationGroup } from '../staff';
import { botNameFor } from './bot-routing';

/** One alert per this period, however many events are stuck and however many workers see them. */
const ALERT_EVERY_MS = 10 * 60_000;
const REFRESH_EVERY_MS = 60_000;
const TITLE = 'доставка событий';

/**
 * Alerts the `errors` group when committed events keep failing to be delivered (the outage that
 * causes it is often the database's own). So it never needs the database at that moment: the
 * recipients are remembered from the last time the database answered, and the text falls back
 * to the built-in template when the stored one cannot be read.
 */
@Injectable()
export class StuckEventsAlerter implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(StuckEventsAlerter.name);
  private recipients: number[] = [];
  private lastAlertAt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly queries: QueryBus,
    private readonly gateway: TelegramGateway,
    private readonly redis: RedisService,
  ) {}

  onApplicationBootstrap(): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_EVERY_MS);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Who is in the `errors` group, remembered for when the database is down. */
  async refresh(): Promise<void> {
    try {
      const staff = await this.queries.execute(new ListStaffToAlertQuery(NotificationGroup.Errors));
      this.recipients = staff.map((member) => member.telegramId);
    } catch {
      // Kept as it was: the alert about a database outage must not depend on the database.
    }
  }

  /** Called on each failed delivery past the alert threshold; sends at most one alert per period. */
  async eventStuck(eventId: string, attempts: number, error: string): Promise<void> {
    if (!(await this.firstInPeriod())) return;
    const bot = botNameFor('staff', false);
    if (!this.gateway.hasBot(bot)) return;
    await this.refresh();
    const details =
      `событие ${eventId} не доставлено после ${attempts} попыток (${error.slice(0, 300)}). ` +
      'Повторы продолжаются; очередь domain-events в Bull Board';
    const text = await this.render(details);
    for (const chatId of this.recipients) {
      const outcome = await this.gateway.call(bot, 'sendMessage', chatId, text, { parse_mode: 'HTML' });
      if (!outcome.ok) this.logger.error(`The stuck events alert to ${chatId} was not sent`);
    }
    this.logger.error(`Event ${eventId} still undelivered after ${attempts} attempts: ${error}`);
  }

  private async firstInPeriod(): Promise<boolean> {
    const now = Date.now();
    if (now - this.lastAlertAt < ALERT_EVERY_MS) return false;
    this.lastAlertAt = now;
    try {
      const claimed = await withDeadline(
        this.redis.client.set('alerts:events-stuck', '1', 'PX', ALERT_EVERY_MS, 'NX'),
        1000,
        'Redis',
      );
      return claimed !== null;
    } catch {
      return true; // Redis is down too: better one alert per worker than none.
    }
  }

  private async render(details: string): Promise<string> {
    try {
      return await withDeadline(
        this.queries.execute(new RenderMessageQuery('admin_job_failed_alert', { title: TITLE, details })),
        2000,
        'Rendering the alert',
      );
    } catch {
      return renderTemplate(MESSAGE_TEMPLATE_DEFAULTS.admin_job_failed_alert, { title: TITLE, details });
    }
  }
}
