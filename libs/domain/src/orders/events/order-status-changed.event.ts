import { DomainEvent } from '@dvorik/persistence';
import type { OrderStatus } from '../order.entity';

export class OrderStatusChangedEvent extends DomainEvent<{ before: OrderStatus; after: OrderStatus }> {
  static readonly type = 'order.status_changed';
  readonly type = OrderStatusChangedEvent.type;
}
