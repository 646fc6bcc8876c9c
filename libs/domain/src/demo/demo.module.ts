import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients';
import { DiscountTemplatesModule } from '../discount-templates';
import { SettingsModule } from '../settings';
import { ClearDemoDataHandler } from './commands/clear-demo-data.handler';
import { SeedDemoShopHandler } from './commands/seed-demo-shop.handler';
import { DemoHistoryWriter } from './demo-history.writer';
import { DemoDataPurger } from './demo-data.purger';
import { DemoRecordsRepository } from './demo-records.repository';

const CommandHandlers = [SeedDemoShopHandler, ClearDemoDataHandler];

/** The demo shop of `npm start` without bot tokens, and its removal. */
@Module({
  imports: [ClientsModule, DiscountTemplatesModule, SettingsModule],
  providers: [...CommandHandlers, DemoDataPurger, DemoHistoryWriter, DemoRecordsRepository],
})
export class DemoModule {}
