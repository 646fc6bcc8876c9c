import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { EnsureFirstOwnerCommand } from '@dvorik/domain';

/** FIRST_OWNER_TELEGRAM_ID: the owner is created on the first start, once. */
@Injectable()
export class FirstOwnerInitializer implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstOwnerInitializer.name);

  constructor(
    private readonly config: AppConfig,
    private readonly commands: CommandBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const telegramId = this.config.env.FIRST_OWNER_TELEGRAM_ID;
    if (telegramId === undefined) return;
    const { created } = await this.commands.execute(new EnsureFirstOwnerCommand(telegramId));
    if (created) this.logger.log(`Created the first owner (telegram id ${telegramId})`);
  }
}
