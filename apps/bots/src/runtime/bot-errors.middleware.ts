import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig } from '@dvorik/config';
import { MESSAGE_TEMPLATE_DEFAULTS } from '@dvorik/domain';
import { getBotToken } from 'nestjs-telegraf';
import type { Context, Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { BotContext } from './bot-context';
import { BotReplier } from './bot-replier';

/**
 * An update whose handling throws (a database or Redis blip) is never dropped in silence:
 * - webhook mode: the error reaches the webhook controller, which answers 503, so Telegram
 *   re-sends the update (the de-duplicator released its claim);
 * - polling mode: Telegram will not re-send (the offset moved on), so the update is handled
 *   again here, BOT_UPDATE_RETRIES times with doubling pauses from BOT_UPDATE_RETRY_MS; after
 *   the last failure the person gets `error_generic` («попробуйте ещё раз чуть позже»).
 * A failing update never takes the bot down.
 */
@Injectable()
export class BotErrorBoundary implements OnApplicationShutdown {
  private readonly logger = new Logger('BotUpdate');
  private readonly failures = new Map<string, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
    private readonly replier: BotReplier,
  ) {}

  middleware(botName: string) {
    return async (ctx: Context, next: () => Promise<void>) => {
      const started = performance.now();
      const id = `${botName}:${ctx.update.update_id}`;
      try {
        await next();
        this.failures.delete(id);
      } catch (error) {
        const attempt = (this.failures.get(id) ?? 0) + 1;
        this.logger.error(
          `${botName} update ${ctx.update.update_id} failed (attempt ${attempt}): ${error instanceof Error ? error.stack : String(error)}`,
        );
        if (this.config.env.BOTS_MODE === 'webhook') throw error;
        this.failures.set(id, attempt);
        if (attempt <= this.config.env.BOT_UPDATE_RETRIES) this.retryLater(botName, ctx.update, attempt);
        else {
          this.failures.delete(id);
          await this.apologise(ctx as BotContext);
        }
      } finally {
        const ms = performance.now() - started;
        if (ms > 200) this.logger.warn(`${botName} update ${ctx.update.update_id} took ${ms.toFixed(0)} ms`);
      }
    };
  }

  onApplicationShutdown(): void {
    this.stopping = true;
    for (const timer of this.timers) clearTimeout(timer);
  }

  private retryLater(botName: string, update: Update, attempt: number): void {
    const delay = Math.min(60_000, this.config.env.BOT_UPDATE_RETRY_MS * 2 ** (attempt - 1));
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopping) return;
      const bot = this.moduleRef.get<Telegraf>(getBotToken(botName), { strict: false });
      bot.handleUpdate(update).catch((error: unknown) => {
        this.logger.error(`${botName} update ${update.update_id} retry crashed: ${String(error)}`);
      });
    }, delay);
    this.timers.add(timer);
  }

  /** The last resort: a reply, with the built-in text when the templates cannot be read either. */
  private async apologise(ctx: BotContext): Promise<void> {
    if (ctx.chat === undefined) return;
    const text = await this.replier
      .render({ key: 'error_generic' })
      .catch(() => MESSAGE_TEMPLATE_DEFAULTS.error_generic);
    const outcome = await this.replier.reply(ctx, text).catch(() => undefined);
    if (!outcome?.ok)
      this.logger.error(
        `${ctx.state.bot?.name ?? '?'} update ${ctx.update.update_id}: the apology was not sent`,
      );
  }
}
