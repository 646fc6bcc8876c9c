import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { Order, OrderStatus } from '../order.entity';

/** Staff move a VIP order along (rules/order-status.rule.ts); the same status again is a no-op. */
export class ChangeOrderStatusCommand extends Command<Order> {
  constructor(
    readonly actor: Actor,
    readonly orderId: number,
    readonly status: OrderStatus,
  ) {
    super();
  }
}
