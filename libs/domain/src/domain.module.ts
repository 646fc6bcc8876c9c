import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from './audit';
import { BulkModule } from './bulk';
import { BirthdaysModule } from './birthdays';
import { BroadcastsModule } from './broadcasts';
import { CampaignsModule } from './campaigns';
import { CashiersModule } from './cashiers';
import { DemoModule } from './demo';
import { ClientsModule } from './clients';
import { DiscountTemplatesModule } from './discount-templates';
import { DiscountsModule } from './discounts';
import { EveningModule } from './evening';
import { ExportsModule } from './exports';
import { JobsModule } from './jobs';
import { MessageTemplatesModule } from './message-templates';
import { NotificationsModule } from './notifications';
import { AdminAlertsModule } from './notifications/admin-alerts.module';
import { OrdersModule } from './orders';
import { RedemptionsModule } from './redemptions';
import { SegmentsModule } from './segments';
import { SettingsModule } from './settings';
import { ClockModule } from './shared';
import { StaffModule } from './staff';
import { StatsModule } from './stats';
import { SubscriptionsModule } from './subscriptions';

/** Every business capability; each app puts its own thin edges on top of this one core. */
@Module({
  imports: [
    CqrsModule.forRoot(),
    ClockModule,
    StaffModule,
    AuditModule,
    SettingsModule,
    MessageTemplatesModule,
    CampaignsModule,
    ClientsModule,
    DiscountTemplatesModule,
    CashiersModule,
    DiscountsModule,
    RedemptionsModule,
    OrdersModule,
    SubscriptionsModule,
    NotificationsModule,
    BirthdaysModule,
    SegmentsModule,
    JobsModule,
    BulkModule,
    ExportsModule,
    AdminAlertsModule,
    StatsModule,
    BroadcastsModule,
    DemoModule,
    EveningModule,
  ],
  // The seeders (MessageTemplatesSeeder, DiscountTemplatesSeeder) are injected by the CLI.
  exports: [CqrsModule, MessageTemplatesModule, DiscountTemplatesModule, SegmentsModule, RedemptionsModule],
})
export class DomainModule {}
