import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings';
import { Cashier } from './cashier.entity';
import { CashierLockService } from './cashier-lock.service';
import { CashiersRepository } from './cashiers.repository';
import { ApproveCashierHandler } from './commands/approve-cashier.handler';
import { BlockCashierHandler } from './commands/block-cashier.handler';
import { RejectCashierHandler } from './commands/reject-cashier.handler';
import { RequestCashierAccessHandler } from './commands/request-cashier-access.handler';
import { SetCashierStoreHandler } from './commands/set-cashier-store.handler';
import { UnblockCashierHandler } from './commands/unblock-cashier.handler';
import { GetCashierHandler } from './queries/get-cashier.handler';
import { GetCashierByTelegramIdHandler } from './queries/get-cashier-by-telegram-id.handler';
import { ListCashiersHandler } from './queries/list-cashiers.handler';

const CommandHandlers = [
  RequestCashierAccessHandler,
  SetCashierStoreHandler,
  ApproveCashierHandler,
  RejectCashierHandler,
  BlockCashierHandler,
  UnblockCashierHandler,
];
const QueryHandlers = [GetCashierHandler, GetCashierByTelegramIdHandler, ListCashiersHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Cashier]), SettingsModule],
  providers: [...CommandHandlers, ...QueryHandlers, CashiersRepository, CashierLockService],
  exports: [CashierLockService],
})
export class CashiersModule {}
