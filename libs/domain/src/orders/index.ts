export * from './commands/change-order-status.command';
export * from './commands/create-vip-order.command';
export * from './events/order-status-changed.event';
export * from './events/order-created.event';
export * from './order.entity';
export * from './orders.errors';
export * from './orders.module';
export * from './queries/list-orders.query';
