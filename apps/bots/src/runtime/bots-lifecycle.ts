import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig, type BotIdentity } from '@dvorik/config';
import { ALLOWED_UPDATES } from '@dvorik/telegram';
import { getBotToken } from 'nestjs-telegraf';
import type { Telegraf } from 'telegraf';

const RETRY_MAX_MS = 30_000;

/**
 * Starts polling only once the application has bootstrapped, so every handler is registered
 * before the first update is fetched (nestjs-telegraf's own launch runs while the module is
 * still being built, and an early update would reach no handler). Telegram being unreachable at
 * start is retried with back-off instead of crashing the process.
 */
@Injectable()
export class BotsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Bots');
  private stopping = false;
  private readonly retries = new Set<NodeJS.Timeout>();

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
        // A failed update reaches the webhook controller (503, Telegram re-sends) instead of
        // telegraf's default handler, which prints it and sets a failing exit code.
        bot.catch((error) => {
          throw error;
        });
      } else {
        // A bot still waiting to retry its launch is not running: stopping it is a no-op.
        const stop = bot.stop.bind(bot);
        bot.stop = (reason?: string) => {
          this.stopping = true;
          if ((bot as unknown as { polling?: unknown }).polling) stop(reason);
        };
        this.poll(bot, identity, 0);
      }
      this.logger.log(`${identity.name} bot started (${this.config.env.BOTS_MODE})`);
    }
  }

  onApplicationShutdown(): void {
    this.stopping = true;
    for (const timer of this.retries) clearTimeout(timer);
  }

  private poll(bot: Telegraf, identity: BotIdentity, attempt: number): void {
    bot.launch({ allowedUpdates: ALLOWED_UPDATES[identity.kind] }).catch((error: unknown) => {
      if (this.stopping) return;
      const delay = Math.min(RETRY_MAX_MS, 1000 * 2 ** attempt);
      this.logger.error(
        `${identity.name} bot cannot poll Telegram (${error instanceof Error ? error.message : String(error)}); retrying in ${delay / 1000} s`,
      );
      const timer = setTimeout(() => {
        this.retries.delete(timer);
        if (!this.stopping) this.poll(bot, identity, attempt + 1);
      }, delay);
      this.retries.add(timer);
    });
  }
}
