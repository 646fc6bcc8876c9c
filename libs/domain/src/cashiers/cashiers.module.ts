import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings';
import { Cashier } from './cashier.entity';
import { CashierLockService } from './cashier-lock.service';
import { CashiersRepository } from './cashiers.repository';
import {
  ApproveCashierHandler,
  BlockCashierHandler,
  RejectCashierHandler,
  UnblockCashierHandler,
} from './commands/decide-cashier.handler';
import { RequestCashierAccessHandler } from './commands/request-cashier-access.handler';
import { SetCashierStoreHandler } from './commands/set-cashier-store.handler';
import { GetCashierByTelegramIdHandler, GetCashierHandler } from './queries/get-cashier.handler';
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
