import { Injectable, Logger } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { RedisService } from '@dvorik/persistence';
import { describeFailure, TelegramGateway } from '@dvorik/telegram';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { type MessageTemplateKey, type Placeholder, RenderMessageQuery } from '../message-templates';

/** How long a delivered notification is remembered, so a redelivered event never sends it twice. */
const DELIVERED_TTL_SECONDS = 7 * 24 * 3600;

export interface Notification {
  bot: string;
  chatId: number;
  key: MessageTemplateKey;
  values?: Partial<Record<Placeholder, string>>;
  markup?: InlineKeyboardMarkup;
  /** Unique per event and recipient: `<event id>:<chat>`. */
  dedupeKey: string;
}

/**
 * `sent`, `duplicate` (already sent for this event), `blocked` (403: they blocked the bot),
 * `failed` (400: Telegram refused this message; retrying will not help), `skipped` (no such bot
 * configured here).
 */
export type NotifyResult = 'sent' | 'duplicate' | 'blocked' | 'failed' | 'skipped';

/** Telegram is slow or down: the event delivery job is retried with backoff. */
export class NotificationRetryableError extends Error {}

/**
 * Sends one rendered message template through the gateway. A send that cannot succeed is
 * reported, never thrown, so callers note it (client blocked, not notified) and move on; only a
 * transient failure throws, so the worker retries the event.
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger(Notifier.name);

  constructor(
    private readonly gateway: TelegramGateway,
    private readonly queries: QueryBus,
    private readonly redis: RedisService,
  ) {}

  async send(notification: Notification): Promise<NotifyResult> {
    const { bot, chatId, key, values = {}, markup, dedupeKey } = notification;
    if (!this.gateway.hasBot(bot)) {
      this.logger.warn(`No ${bot} bot configured: "${key}" to ${chatId} not sent`);
      return 'skipped';
    }
    const marker = `notified:${dedupeKey}`;
    if (await this.redis.client.exists(marker)) return 'duplicate';
    const text = await this.queries.execute(new RenderMessageQuery(key, values));
    const outcome = await this.gateway.call(bot, 'sendMessage', chatId, text, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(markup ? { reply_markup: markup } : {}),
    });
    if (outcome.ok) {
      await this.redis.client.set(marker, '1', 'EX', DELIVERED_TTL_SECONDS);
      return 'sent';
    }
    switch (outcome.kind) {
      case 'blocked':
        return 'blocked';
      case 'bad_request':
        this.logger.warn(`"${key}" to ${chatId} via ${bot} refused: ${describeFailure(outcome)}`);
        return 'failed';
      case 'rate_limited':
      case 'network':
        throw new NotificationRetryableError(`"${key}" to ${chatId} via ${bot}: ${describeFailure(outcome)}`);
    }
  }
}
