import { DomainEvent } from '@dvorik/persistence';
import type { OrderStatus } from '../order.entity';

export class OrderStatusChangedEvent extends DomainEvent<{ before: OrderStatus; after: OrderStatus }> {
  readonly type = 'order.status_changed';
}
