import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChangeOrderStatusHandler } from './commands/change-order-status.handler';
import { CreateVipOrderHandler } from './commands/create-vip-order.handler';
import { Order } from './order.entity';
import { OrdersRepository } from './orders.repository';
import { ListOrdersHandler } from './queries/list-orders.handler';

const CommandHandlers = [CreateVipOrderHandler, ChangeOrderStatusHandler];
const QueryHandlers = [ListOrdersHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Order])],
  providers: [OrdersRepository, ...CommandHandlers, ...QueryHandlers],
})
export class OrdersModule {}
