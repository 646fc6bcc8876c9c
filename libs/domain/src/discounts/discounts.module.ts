import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CashiersModule } from '../cashiers';
import { SecurityModule } from '../security';
import { SettingsModule } from '../settings';
import { CodeCheckService } from './code-check.service';
import { IssueDiscountHandler } from './commands/issue-discount.handler';
import { IssueDiscountsBatchHandler } from './commands/issue-discounts-batch.handler';
import { IssueTillTokenHandler } from './commands/issue-till-token.handler';
import { MarkClientNotNotifiedHandler } from './commands/mark-client-not-notified.handler';
import { RedeemDiscountHandler } from './commands/redeem-discount.handler';
import { RevokeDiscountHandler } from './commands/revoke-discount.handler';
import { RollbackRedemptionHandler } from './commands/rollback-redemption.handler';
import { ValidateDiscountHandler } from './commands/validate-discount.handler';
import { DiscountReminderScheduler } from './consumers/discount-reminder.scheduler';
import { DiscountBatchesRepository } from './discount-batches.repository';
import { Discount } from './discount.entity';
import { DiscountViewsFactory } from './discount-views.factory';
import { DiscountsRepository } from './discounts.repository';
import { IdempotencyStore } from './idempotency.store';
import { DiscountReminderJob } from './jobs/discount-reminder.job';
import { ExpireDiscountsJob } from './jobs/expire-discounts.job';
import { PurgeIdempotencyKeysJob } from './jobs/purge-idempotency-keys.job';
import { GetDiscountHandler } from './queries/get-discount.handler';
import { ListClientDiscountsHandler } from './queries/list-client-discounts.handler';
import { ListDiscountsHandler } from './queries/list-discounts.handler';
import { ListRedemptionsHandler } from './queries/list-redemptions.handler';
import { RedemptionLogEntry } from './redemption-log.entity';
import { RedemptionCounter } from './redemption-counter';
import { RedemptionLogRepository } from './redemption-log.repository';
import { SharedCodesService } from './shared-codes.service';
import { TillLockService } from './till-lock.service';

const CommandHandlers = [
  IssueDiscountHandler,
  IssueDiscountsBatchHandler,
  ValidateDiscountHandler,
  RedeemDiscountHandler,
  RevokeDiscountHandler,
  RollbackRedemptionHandler,
  MarkClientNotNotifiedHandler,
  IssueTillTokenHandler,
];
const QueryHandlers = [
  GetDiscountHandler,
  ListClientDiscountsHandler,
  ListDiscountsHandler,
  ListRedemptionsHandler,
];
const Consumers = [DiscountReminderScheduler];
const Jobs = [ExpireDiscountsJob, PurgeIdempotencyKeysJob, DiscountReminderJob];

@Module({
  imports: [
    TypeOrmModule.forFeature([Discount, RedemptionLogEntry]),
    SettingsModule,
    CashiersModule,
    SecurityModule,
  ],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    ...Consumers,
    ...Jobs,
    DiscountsRepository,
    DiscountBatchesRepository,
    RedemptionLogRepository,
    RedemptionCounter,
    IdempotencyStore,
    CodeCheckService,
    DiscountViewsFactory,
    SharedCodesService,
    TillLockService,
  ],
  exports: [RedemptionCounter],
})
export class DiscountsModule {}
