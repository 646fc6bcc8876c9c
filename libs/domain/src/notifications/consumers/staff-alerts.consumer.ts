import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { EventConsumer } from '@dvorik/messaging';
import type { EnvelopeOf } from '@dvorik/persistence';
import { CashierLockedEvent, CashierRequestedEvent, CashierStoreSetEvent } from '../../cashiers';
import type { MessageTemplateKey, Placeholder } from '../../message-templates';
import { OrderCreatedEvent } from '../../orders';
import { toShopTime } from '../../shared';
import { ListStaffToAlertQuery, NotificationGroup, StaffRole } from '../../staff';
import { botNameFor } from '../bot-routing';
import { Notifier } from '../notifier';
import { cashierDecisionKeyboard } from '../staff-callbacks';

const NO_STORE = 'не указан';

type StaffAlertEvent = EnvelopeOf<
  CashierRequestedEvent | CashierStoreSetEvent | CashierLockedEvent | OrderCreatedEvent
>;

interface Alert {
  group: NotificationGroup;
  /** Only owners decide on cashiers; any role may follow orders. */
  roles?: readonly StaffRole[];
  key: MessageTemplateKey;
  values: Partial<Record<Placeholder, string>>;
  isTest: boolean;
  cashierId?: number;
}

/**
 * Staff alerts through the staff bot (DESIGN §2 Staff): a new cashier request (with
 * Approve/Reject buttons), the store a pending cashier named, a cashier locked by failed checks,
 * a VIP order. An alert about a test record goes through the staff bot's test twin.
 */
@EventConsumer('notify-staff', [
  CashierRequestedEvent,
  CashierStoreSetEvent,
  CashierLockedEvent,
  OrderCreatedEvent,
])
export class StaffAlertsConsumer {
  constructor(
    private readonly notifier: Notifier,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  async consume(event: StaffAlertEvent): Promise<void> {
    const alert = this.alertFor(event);
    const staff = await this.queries.execute(new ListStaffToAlertQuery(alert.group, alert.roles));
    for (const member of staff) {
      await this.notifier.send({
        bot: botNameFor('staff', alert.isTest),
        chatId: member.telegramId,
        key: alert.key,
        values: alert.values,
        markup: alert.cashierId === undefined ? undefined : cashierDecisionKeyboard(alert.cashierId),
        dedupeKey: `${event.id}:${member.telegramId}`,
      });
    }
  }

  private alertFor(event: StaffAlertEvent): Alert {
    const owners = [StaffRole.Owner];
    const cashiers = NotificationGroup.Cashiers;
    switch (event.type) {
      case CashierRequestedEvent.type: {
        const p = event.payload;
        return {
          group: cashiers,
          roles: owners,
          key: 'cashier_request_alert',
          values: { cashier_name: p.name, store: p.store ?? NO_STORE },
          isTest: p.isTest,
          cashierId: Number(event.entity.id),
        };
      }
      case CashierStoreSetEvent.type: {
        const p = event.payload;
        return {
          group: cashiers,
          roles: owners,
          key: 'cashier_store_alert',
          values: { cashier_name: p.name, store: p.store ?? NO_STORE },
          isTest: p.isTest,
        };
      }
      case CashierLockedEvent.type: {
        const p = event.payload;
        const until = toShopTime(new Date(p.lockedUntil), this.config.timeZone).toFormat('HH:mm');
        return {
          group: cashiers,
          roles: owners,
          key: 'cashier_locked_alert',
          values: { cashier_name: p.name, store: p.store ?? NO_STORE, locked_until: until },
          isTest: p.isTest,
        };
      }
      case OrderCreatedEvent.type: {
        const p = event.payload;
        const name = p.username ? `${p.clientName} (@${p.username})` : p.clientName;
        return {
          group: NotificationGroup.Orders,
          key: 'order_alert',
          values: { order_id: String(p.orderId), client_name: name },
          isTest: p.isTest,
        };
      }
    }
  }
}
