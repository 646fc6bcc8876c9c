import { Command } from '@nestjs/cqrs';
import type { Order } from '../order.entity';

/** «Оформить заказ» in the client bot; only clients tagged `vip` see and may press it. */
export class CreateVipOrderCommand extends Command<Order> {
  constructor(readonly clientId: number) {
    super();
  }
}
