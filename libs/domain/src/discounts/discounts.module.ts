import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings';
import { IssueDiscountHandler } from './commands/issue-discount.handler';
import { IssueDiscountsBatchHandler } from './commands/issue-discounts-batch.handler';
import { RevokeDiscountHandler } from './commands/revoke-discount.handler';
import { DiscountReminderScheduler } from './consumers/discount-reminder.scheduler';
import { DiscountBatchesRepository } from './discount-batches.repository';
import { Discount } from './discount.entity';
import { DiscountViewsFactory } from './discount-views.factory';
import { DiscountRedemptionService } from './discount-redemption.service';
import { DiscountsRepository } from './discounts.repository';
import { DiscountReminderJob } from './jobs/discount-reminder.job';
import { ExpireDiscountsJob } from './jobs/expire-discounts.job';
import { PurgeIdempotencyKeysJob } from './jobs/purge-idempotency-keys.job';
import { GetDiscountHandler } from './queries/get-discount.handler';
import { ListClientDiscountsHandler } from './queries/list-client-discounts.handler';
import { ListDiscountsHandler } from './queries/list-discounts.handler';
import { SharedCodesService } from './shared-codes.service';

const CommandHandlers = [IssueDiscountHandler, IssueDiscountsBatchHandler, RevokeDiscountHandler];
const QueryHandlers = [GetDiscountHandler, ListClientDiscountsHandler, ListDiscountsHandler];
const Consumers = [DiscountReminderScheduler];
const Jobs = [ExpireDiscountsJob, PurgeIdempotencyKeysJob, DiscountReminderJob];

@Module({
  imports: [TypeOrmModule.forFeature([Discount]), SettingsModule],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    ...Consumers,
    ...Jobs,
    DiscountsRepository,
    DiscountBatchesRepository,
    DiscountRedemptionService,
    DiscountViewsFactory,
    SharedCodesService,
  ],
  exports: [DiscountRedemptionService, DiscountViewsFactory, SharedCodesService],
})
export class DiscountsModule {}
