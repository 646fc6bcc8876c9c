import { DomainEvent } from '@dvorik/persistence';

/** Staff in the `orders` notification group are alerted. */
export class OrderCreatedEvent extends DomainEvent<{
  orderId: number;
  clientId: number;
  clientTelegramId: number;
  clientName: string;
  username: string | null;
  isTest: boolean;
}> {
  static readonly type = 'order.created';
  readonly type = OrderCreatedEvent.type;
}
