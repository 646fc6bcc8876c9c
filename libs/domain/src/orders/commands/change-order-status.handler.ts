import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { OrderStatusChangedEvent } from '../events/order-status-changed.event';
import { OrderError } from '../orders.errors';
import { OrdersRepository } from '../orders.repository';
import { canMoveOrder } from '../rules/order-status.rule';
import { ChangeOrderStatusCommand } from './change-order-status.command';

@CommandHandler(ChangeOrderStatusCommand)
export class ChangeOrderStatusHandler implements ICommandHandler<ChangeOrderStatusCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly orders: OrdersRepository,
  ) {}

  execute({ actor, orderId, status }: ChangeOrderStatusCommand) {
    return this.uow.run(async () => {
      const order = await this.orders.findForUpdate(orderId);
      if (!order) throw OrderError.notFound(orderId);
      if (order.status === status) return order;
      if (!canMoveOrder(order.status, status)) throw OrderError.invalidTransition(order.status, status);
      const updatedAt = new Date();
      await this.orders.update(orderId, { status, updatedAt });
      await this.uow.record(
        new OrderStatusChangedEvent(
          actor,
          { type: 'order', id: orderId },
          { before: order.status, after: status },
        ),
      );
      return { ...order, status, updatedAt };
    });
  }
}
