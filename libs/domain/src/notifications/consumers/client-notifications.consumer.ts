import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { EventConsumer } from '@dvorik/messaging';
import type { EnvelopeOf } from '@dvorik/persistence';
import { GetClientQuery, MarkClientBlockedCommand } from '../../clients';
import { DiscountIssuedEvent, DiscountRedeemedEvent, DiscountReminderDueEvent } from '../../discounts';
import { MarkClientNotNotifiedCommand } from '../../redemptions';
import type { MessageTemplateKey } from '../../message-templates';
import { botNameFor } from '../bot-routing';
import { Notifier, type NotifyResult } from '../notifier';

type Issued = DiscountIssuedEvent['payload'];

const NO_EXPIRY = 'бессрочно';

/**
 * Which text a new code is announced with, or null when the client already has it on screen.
 * A subscription code asked for with the button (actor: the client) was answered inline by the
 * bot; one issued on a `chat_member` join (actor: the system) arrives here, unprompted.
 */
export function issuedMessageKey(origin: Issued['origin'], actorType: string): MessageTemplateKey | null {
  switch (origin) {
    case 'subscription':
      return actorType === 'client' ? null : 'subscription_success';
    case 'birthday':
      return 'birthday_congrats';
    case 'manual':
    case 'campaign':
    case 'promo':
      return 'discount_issued';
  }
}

/** The client's side of discounts: new codes, «скидка применена», reminders (client bot, in the worker). */
@EventConsumer('notify-client', [DiscountIssuedEvent, DiscountRedeemedEvent, DiscountReminderDueEvent])
export class ClientNotificationsConsumer {
  constructor(
    private readonly notifier: Notifier,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  async consume(
    event: EnvelopeOf<DiscountIssuedEvent | DiscountRedeemedEvent | DiscountReminderDueEvent>,
  ): Promise<void> {
    switch (event.type) {
      case DiscountIssuedEvent.type:
        return this.issued(event);
      case DiscountRedeemedEvent.type:
        return this.redeemed(event);
      case DiscountReminderDueEvent.type:
        return this.reminder(event);
    }
  }

  private async issued(event: EnvelopeOf<DiscountIssuedEvent>) {
    const p = event.payload;
    const key = issuedMessageKey(p.origin, event.actor.type);
    if (!key || p.clientId === null || p.clientTelegramId === null) return;
    const client = await this.queries.execute(new GetClientQuery(p.clientId));
    if (client.status === 'banned') return;
    const result = await this.notifier.send({
      bot: botNameFor('client', p.isTest),
      chatId: p.clientTelegramId,
      key,
      values: {
        first_name: client.firstName ?? client.displayName,
        discount_name: p.templateName,
        discount_code: p.displayCode,
        discount_value: p.valueText,
        discount_expires_at: p.expiresOn ?? NO_EXPIRY,
      },
      dedupeKey: `${event.id}:${p.clientTelegramId}`,
    });
    await this.noteBlocked(result, p.clientId);
  }

  /** A failed «скидка применена» never undoes the redemption: it is noted on the log row. */
  private async redeemed(event: EnvelopeOf<DiscountRedeemedEvent>) {
    const p = event.payload;
    if (p.clientId === null || p.clientTelegramId === null) return;
    const result = await this.notifier.send({
      bot: botNameFor('client', p.isTest),
      chatId: p.clientTelegramId,
      key: 'discount_used_client',
      values: { discount_code: p.displayCode, discount_value: p.valueText, discount_name: p.templateName },
      dedupeKey: `${event.id}:${p.clientTelegramId}`,
    });
    if (result === 'blocked' || result === 'failed' || result === 'skipped')
      await this.commands.execute(new MarkClientNotNotifiedCommand(p.logId));
    await this.noteBlocked(result, p.clientId);
  }

  private async reminder(event: EnvelopeOf<DiscountReminderDueEvent>) {
    const p = event.payload;
    const result = await this.notifier.send({
      bot: botNameFor('client', p.isTest),
      chatId: p.clientTelegramId,
      key: 'discount_reminder',
      values: {
        discount_code: p.displayCode,
        discount_value: p.valueText,
        discount_expires_at: p.expiresOn ?? NO_EXPIRY,
      },
      dedupeKey: `${event.id}:${p.clientTelegramId}`,
    });
    await this.noteBlocked(result, p.clientId);
  }

  private async noteBlocked(result: NotifyResult, clientId: number) {
    if (result === 'blocked') await this.commands.execute(new MarkClientBlockedCommand({ clientId }));
  }
}
