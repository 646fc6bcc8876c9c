import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Global, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@dvorik/config';
import { ClsModule } from 'nestjs-cls';
import { dataSourceOptions } from './data-source.options';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { isPermanentConnectionError } from './sql-errors';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { CacheInvalidationBus } from './redis/cache-invalidation.bus';
import { ExpiringMarkers } from './redis/expiring-markers';
import { RedisService } from './redis/redis.service';
import { UnitOfWork } from './unit-of-work';

/** MySQL through TypeORM, the transaction mechanism, idempotency keys, and Redis: what every app stands on. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config),
        autoLoadEntities: true,
        // A wrong database must fail fast, not hang start-up for half a minute: only production
        // waits for a server that is still starting; a refused login is never retried.
        retryAttempts: config.env.NODE_ENV === 'production' ? 5 : 0,
        retryDelay: 2000,
        toRetry: (error: unknown) => !isPermanentConnectionError(error),
      }),
    }),
    TypeOrmModule.forFeature([OutboxMessage]),
    // No per-request context: nothing reads one, and UnitOfWork.run opens its own for the
    // transaction it starts (TransactionHost.withTransaction). So the plugin is registered without
    // ClsModule.forRoot, which would mount a no-op guard and interceptor on every HTTP route and
    // cost each request an rxjs pipeline (README «Performance»: the till's redeem is the hot path).
    {
      ...ClsModule.registerPlugins([
        new ClsPluginTransactional({
          imports: [TypeOrmModule],
          // No isolation level per transaction: every connection is READ COMMITTED for its
          // whole session (read-committed-driver.ts), which saves a round trip per transaction.
          adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
        }),
      ]),
      global: true,
    },
  ],
  providers: [UnitOfWork, IdempotencyStore, RedisService, CacheInvalidationBus, ExpiringMarkers],
  exports: [UnitOfWork, IdempotencyStore, RedisService, CacheInvalidationBus, ExpiringMarkers, TypeOrmModule],
})
export class PersistenceModule {}
