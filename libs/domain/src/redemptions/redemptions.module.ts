import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CashiersModule } from '../cashiers';
import { DiscountsModule } from '../discounts';
import { SecurityModule } from '../security';
import { SettingsModule } from '../settings';
import { CodeCheckService } from './code-check.service';
import { IssueTillTokenHandler } from './commands/issue-till-token.handler';
import { MarkClientNotNotifiedHandler } from './commands/mark-client-not-notified.handler';
import { RedeemDiscountHandler } from './commands/redeem-discount.handler';
import { RollbackRedemptionHandler } from './commands/rollback-redemption.handler';
import { ValidateDiscountHandler } from './commands/validate-discount.handler';
import { ListRedemptionsHandler } from './queries/list-redemptions.handler';
import { RedemptionCounter } from './redemption-counter';
import { RedemptionLogEntry } from './redemption-log.entity';
import { RedemptionListReader } from './redemption-list.reader';
import { RedemptionLogRepository } from './redemption-log.repository';
import { TillLockService } from './till-lock.service';

const CommandHandlers = [
  ValidateDiscountHandler,
  RedeemDiscountHandler,
  RollbackRedemptionHandler,
  MarkClientNotNotifiedHandler,
  IssueTillTokenHandler,
];
const QueryHandlers = [ListRedemptionsHandler];

/** Checking, redeeming and rolling back codes at the till; the redemption log and its refusals. */
@Module({
  imports: [
    TypeOrmModule.forFeature([RedemptionLogEntry]),
    DiscountsModule,
    SettingsModule,
    CashiersModule,
    SecurityModule,
  ],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    RedemptionListReader,
    RedemptionLogRepository,
    RedemptionCounter,
    CodeCheckService,
    TillLockService,
  ],
  exports: [RedemptionCounter],
})
export class RedemptionsModule {}
