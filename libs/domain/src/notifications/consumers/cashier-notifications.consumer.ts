import { AppConfig } from '@dvorik/config';
import { EventConsumer } from '@dvorik/messaging';
import type { EnvelopeOf } from '@dvorik/persistence';
import { CashierStatusChangedEvent } from '../../cashiers';
import type { MessageTemplateKey } from '../../message-templates';
import { botNameFor } from '../bot-routing';
import { TelegramGateway } from '@dvorik/telegram';
import { Notifier } from '../notifier';
import { tillMenuButton, tillScanMarkup } from '../till-scan-button';

type StatusChanged = CashierStatusChangedEvent['payload'];

/** What a cashier hears about an owner's decision; a block is not announced. */
function decisionKey(to: StatusChanged['to']): MessageTemplateKey | null {
  switch (to) {
    case 'active':
      return 'cashier_approved';
    case 'rejected':
      return 'cashier_rejected';
    case 'pending':
    case 'blocked':
      return null;
  }
}

/** The cashier is told of an owner's decision in the staff bot (or its test twin). */
@EventConsumer('notify-cashier', [CashierStatusChangedEvent])
export class CashierNotificationsConsumer {
  constructor(
    private readonly notifier: Notifier,
    private readonly gateway: TelegramGateway,
    private readonly config: AppConfig,
  ) {}

  async consume(event: EnvelopeOf<CashierStatusChangedEvent>): Promise<void> {
    const p = event.payload;
    const key = decisionKey(p.to);
    if (!key) return;
    const bot = botNameFor('staff', p.isTest);
    const approved = p.to === 'active' && this.config.tillAppOffered;
    const url = this.config.tillAppUrl;
    const sent = await this.notifier.send({
      bot,
      chatId: p.telegramId,
      key,
      markup: approved ? tillScanMarkup(url) : undefined,
      dedupeKey: `${event.id}:${p.telegramId}`,
    });
    // «Сканировать» in the chat's menu from now on (after the message: a refused menu button must
    // never cost the cashier the news).
    if (approved && sent === 'sent')
      await this.gateway.call(bot, 'setChatMenuButton', {
        chatId: p.telegramId,
        menuButton: tillMenuButton(url),
      });
  }
}
