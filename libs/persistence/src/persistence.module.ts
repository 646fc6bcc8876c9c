import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Global, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@dvorik/config';
import { ClsModule } from 'nestjs-cls';
import { dataSourceOptions } from './data-source.options';
import { isPermanentConnectionError } from './sql-errors';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { CacheInvalidationBus } from './redis/cache-invalidation.bus';
import { RedisService } from './redis/redis.service';
import { UnitOfWork } from './unit-of-work';

/** MySQL through TypeORM, the transaction mechanism, and Redis: what every app stands on. */
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
    ClsModule.forRoot({
      global: true,
      middleware: { mount: true, generateId: true },
      plugins: [
        new ClsPluginTransactional({
          imports: [TypeOrmModule],
          adapter: new TransactionalAdapterTypeOrm({
            dataSourceToken: getDataSourceToken(),
            // REPEATABLE READ deadlocked under 20 concurrent inserts; READ COMMITTED did not.
            defaultTxOptions: { isolationLevel: 'READ COMMITTED' },
          }),
        }),
      ],
    }),
  ],
  providers: [UnitOfWork, RedisService, CacheInvalidationBus],
  exports: [UnitOfWork, RedisService, CacheInvalidationBus, TypeOrmModule],
})
export class PersistenceModule {}
