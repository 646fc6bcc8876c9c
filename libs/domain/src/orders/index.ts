export * from './commands/create-vip-order.command';
export * from './events/order-created.event';
export * from './order.entity';
export * from './orders.errors';
export * from './orders.module';
