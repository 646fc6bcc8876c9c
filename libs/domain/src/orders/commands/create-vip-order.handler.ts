import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { GetClientQuery, VIP_TAG } from '../../clients';
import { OrderCreatedEvent } from '../events/order-created.event';
import { Order } from '../order.entity';
import { OrderError } from '../orders.errors';
import { CreateVipOrderCommand } from './create-vip-order.command';

@CommandHandler(CreateVipOrderCommand)
export class CreateVipOrderHandler implements ICommandHandler<CreateVipOrderCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly queries: QueryBus,
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
      const result = await this.uow.manager.insert(Order, values);
      const order: Order = { ...values, id: Number(result.identifiers[0].id) };
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
