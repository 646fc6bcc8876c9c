import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig } from '@dvorik/config';
import { getBotToken } from 'nestjs-telegraf';
import type { Telegraf } from 'telegraf';

/** Start-up and shutdown details nestjs-telegraf leaves to us. */
@Injectable()
export class BotsLifecycle implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bots');

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    for (const identity of this.config.bots) {
      const bot = this.moduleRef.get<Telegraf>(getBotToken(identity.name), { strict: false });
      if (this.config.env.BOTS_MODE === 'webhook') {
        // nestjs-telegraf stops every bot at shutdown, and telegraf throws for one that never
        // polled: a webhook bot has nothing to stop.
        bot.stop = () => undefined;
      }
      this.logger.log(`${identity.name} bot started (${this.config.env.BOTS_MODE})`);
    }
  }
}
