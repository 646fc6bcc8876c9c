import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import { ALL_QUEUES } from './queue-names';

/** The BullMQ queues, registered in every app so that any app can enqueue and inspect. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [RedisService],
      useFactory: (redis: RedisService) => ({
        connection: redis.bullConnectionOptions(),
        prefix: redis.bullPrefix,
        defaultJobOptions: {
          attempts: 8,
          backoff: { type: 'exponential', delay: 1000 },
          // Completed jobs are kept a while: their ids are how re-publishing stays a no-op.
          removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class MessagingModule {}
