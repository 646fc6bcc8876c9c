import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from './audit';
import { CampaignsModule } from './campaigns';
import { CashiersModule } from './cashiers';
import { ClientsModule } from './clients';
import { DiscountTemplatesModule } from './discount-templates';
import { DiscountsModule } from './discounts';
import { MessageTemplatesModule } from './message-templates';
import { OrdersModule } from './orders';
import { SettingsModule } from './settings';
import { StaffModule } from './staff';

/** Every business capability; each app puts its own thin edges on top of this one core. */
@Module({
  imports: [
    CqrsModule.forRoot(),
    StaffModule,
    AuditModule,
    SettingsModule,
    MessageTemplatesModule,
    CampaignsModule,
    ClientsModule,
    DiscountTemplatesModule,
    CashiersModule,
    DiscountsModule,
    OrdersModule,
  ],
  // The seeders (MessageTemplatesSeeder, DiscountTemplatesSeeder) are injected by the CLI.
  exports: [CqrsModule, MessageTemplatesModule, DiscountTemplatesModule],
})
export class DomainModule {}
