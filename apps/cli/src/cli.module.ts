import { Module } from '@nestjs/common';
import { ConfigModule } from '@dvorik/config';
import { DomainModule } from '@dvorik/domain';
import { MessagingModule } from '@dvorik/messaging';
import { PersistenceModule } from '@dvorik/persistence';
import { TelegramModule } from '@dvorik/telegram';
import { BackupCreateCommand } from './commands/backup-create.command';
import { BackupRestoreCommand } from './commands/backup-restore.command';
import { BroadcastLaunchCommand } from './commands/broadcast-launch.command';
import { DiscountIssueCommand } from './commands/discount-issue.command';
import { DemoClearCommand } from './commands/demo-clear.command';
import { DemoSeedCommand } from './commands/demo-seed.command';
import { MigrateCommand } from './commands/migrate.command';
import { SeedCommand } from './commands/seed.command';
import { StaffCreateCommand } from './commands/staff-create.command';
import { WebhooksDeleteCommand } from './commands/webhooks-delete.command';
import { WebhooksInfoCommand } from './commands/webhooks-info.command';
import { WebhooksSetCommand } from './commands/webhooks-set.command';

@Module({
  imports: [ConfigModule.forRoot(), PersistenceModule, MessagingModule, TelegramModule, DomainModule],
  providers: [
    MigrateCommand,
    SeedCommand,
    StaffCreateCommand,
    WebhooksSetCommand,
    WebhooksDeleteCommand,
    WebhooksInfoCommand,
    BroadcastLaunchCommand,
    DiscountIssueCommand,
    BackupCreateCommand,
    BackupRestoreCommand,
    DemoSeedCommand,
    DemoClearCommand,
  ],
})
export class CliModule {}
