import { EventConsumer, type DomainEventConsumer } from '@dvorik/messaging';
import type { EventEnvelope } from '@dvorik/persistence';
import type { CashierStatusChangedEvent } from '../../cashiers';
import type { MessageTemplateKey } from '../../message-templates';
import { botNameFor } from '../bot-routing';
import { Notifier } from '../notifier';

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
@EventConsumer('notify-cashier')
export class CashierNotificationsConsumer implements DomainEventConsumer {
  constructor(private readonly notifier: Notifier) {}

  accepts(type: string): boolean {
    return type === 'cashier.status_changed';
  }

  async consume(event: EventEnvelope): Promise<void> {
    const p = event.payload as StatusChanged;
    const key = decisionKey(p.to);
    if (!key) return;
    await this.notifier.send({
      bot: botNameFor('staff', p.isTest),
      chatId: p.telegramId,
      key,
      dedupeKey: `${event.id}:${p.telegramId}`,
    });
  }
}
