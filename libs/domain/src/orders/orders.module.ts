import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreateVipOrderHandler } from './commands/create-vip-order.handler';
import { Order } from './order.entity';

const CommandHandlers = [CreateVipOrderHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Order])],
  providers: [...CommandHandlers],
})
export class OrdersModule {}
