export * from './data-source.options';
export * from './outbox/domain-event';
export * from './outbox/outbox-message.entity';
export * from './persistence.module';
export * from './redis/cache-invalidation.bus';
export * from './redis/redis.service';
export * from './sql-errors';
export * from './unit-of-work';
