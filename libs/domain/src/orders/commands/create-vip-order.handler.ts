import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { GetClientQuery, VIP_TAG } from '../../clients';
import { OrderCreatedEvent } from '../events/order-created.event';
import { OrderError } from '../orders.errors';
import { OrdersRepository } from '../orders.repository';
import { CreateVipOrderCommand } from './create-vip-order.command';

@CommandHandler(CreateVipOrderCommand)
export class CreateVipOrderHandler implements ICommandHandler<CreateVipOrderCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly queries: QueryBus,
    private readonly orders: OrdersRepository,
  ) {}

  async execute({ clientId }: CreateVipOrderCommand) {
    const client = await this.queries.execute(new GetClientQuery(clientId));
    if (!client.tags.includes(VIP_TAG)) throw OrderError.notVip(clientId);
    const now = new Date();
    return this.uow.run(async () => {
      const values = {
        clientId,
        status: 'draft' as const,
        isTest: client.isTest,
        createdAt: now,
        updatedAt: now,
      };
      const order = await this.orders.insert(values);
      await this.uow.record(
        new OrderCreatedEvent(
          { type: 'client', clientId },
          { type: 'order', id: order.id },
          {
            orderId: order.id,
            clientId,
            clientTelegramId: client.telegramId,
            clientName: client.displayName,
            username: client.username,
            isTest: client.isTest,
          },
        ),
      );
      return order;
    });
  }
}
