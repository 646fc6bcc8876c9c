import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AppConfig, ConfigModule } from '@dvorik/config';
import { DomainModule } from '@dvorik/domain';
import { MessagingModule } from '@dvorik/messaging';
import { PersistenceModule, RedisService } from '@dvorik/persistence';
import { TelegramModule } from '@dvorik/telegram';
import { LoggerModule } from 'nestjs-pino';
import { AuditLogController } from './audit/audit-log.controller';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { BroadcastActionsController } from './broadcasts/broadcast-actions.controller';
import { BroadcastMediaController } from './broadcasts/broadcast-media.controller';
import { BroadcastsController } from './broadcasts/broadcasts.controller';
import { JwtStrategy } from './auth/jwt.strategy';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CashiersController } from './cashiers/cashiers.controller';
import { ClientsController } from './clients/clients.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { DiscountTemplatesController } from './discount-templates/discount-templates.controller';
import { DiscountsController } from './discounts/discounts.controller';
import { FirstOwnerInitializer } from './first-owner.initializer';
import { HealthController } from './health/health.controller';
import { Readiness } from './health/readiness';
import { ExportsController } from './jobs/exports.controller';
import { MetricsController } from './metrics/metrics.controller';
import { QueueDepthMetrics, RedemptionMetrics } from './metrics/metrics.providers';
import { MessageTemplatesController } from './message-templates/message-templates.controller';
import { OrdersController } from './orders/orders.controller';
import { loggerParams } from './platform/logging';
import { bullBoardImports } from './queues/bull-board';
import { QueuesSession } from './queues/queues-session';
import { RedemptionsController } from './redemptions/redemptions.controller';
import { SegmentsController } from './segments/segments.controller';
import { SettingsController } from './settings/settings.controller';
import { StaffController } from './staff/staff.controller';
import { TillCashierGuard } from './till/till-cashier.guard';
import { TillPageController } from './till/till-page.controller';
import { TillRefusals } from './till/till-refusal';
import { TillController } from './till/till.controller';

@Module({})
export class ApiModule {
  /** `env` is for tests: each suite passes its own database and Redis prefix. */
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerParams }),
        PersistenceModule,
        MessagingModule,
        TelegramModule,
        DomainModule,
        PassportModule,
        TerminusModule,
        ThrottlerModule.forRootAsync({
          inject: [RedisService],
          // Counted in Redis, so the limit holds across API replicas.
          useFactory: (redis: RedisService) => ({
            throttlers: [{ ttl: 60_000, limit: 10 }],
            storage: new ThrottlerStorageRedisService(redis.client),
          }),
        }),
        ...bullBoardImports,
      ],
      controllers: [
        HealthController,
        MetricsController,
        AuthController,
        AuditLogController,
        SettingsController,
        MessageTemplatesController,
        DiscountTemplatesController,
        DiscountsController,
        RedemptionsController,
        CashiersController,
        ClientsController,
        SegmentsController,
        CampaignsController,
        ExportsController,
        StaffController,
        DashboardController,
        OrdersController,
        BroadcastsController,
        BroadcastActionsController,
        BroadcastMediaController,
        TillController,
        TillPageController,
      ],
      providers: [
        JwtStrategy,
        QueuesSession,
        { provide: APP_GUARD, useClass: AccessGuard },
        FirstOwnerInitializer,
        QueueDepthMetrics,
        Readiness,
        RedemptionMetrics,
        TillCashierGuard,
        TillRefusals,
      ],
    };
  }
}
