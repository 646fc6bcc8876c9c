import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { AppConfig, ConfigModule, logTransport } from '@dvorik/config';
import { BroadcastSenderModule, DomainModule } from '@dvorik/domain';
import { MessagingModule } from '@dvorik/messaging';
import { PersistenceModule } from '@dvorik/persistence';
import { pinoBotTokenRedaction, TelegramModule } from '@dvorik/telegram';
import { LoggerModule } from 'nestjs-pino';
import { DeliverDomainEventJob } from './events/deliver-domain-event.job';
import { FailedEventsSweeper } from './events/failed-events.sweeper';
import { JobRegistry } from './jobs/job-registry';
import { QueueWorkers } from './jobs/queue-workers';
import { WorkerMetricsServer } from './metrics/worker-metrics.server';
import { CleanupOutboxJob } from './outbox/cleanup-outbox.job';
import { OutboxRelay } from './outbox/outbox-relay';
import { Scheduler } from './schedule/scheduler';

@Module({})
export class WorkerModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.env.LOG_LEVEL,
              transport: logTransport(config.env),
              ...pinoBotTokenRedaction,
            },
          }),
        }),
        DiscoveryModule,
        ScheduleModule.forRoot(),
        PersistenceModule,
        MessagingModule,
        TelegramModule,
        DomainModule,
        // The broadcast sender loop runs in workers only (never in the API or the bots).
        BroadcastSenderModule,
      ],
      providers: [
        JobRegistry,
        QueueWorkers,
        OutboxRelay,
        DeliverDomainEventJob,
        FailedEventsSweeper,
        CleanupOutboxJob,
        Scheduler,
        WorkerMetricsServer,
      ],
    };
  }
}
