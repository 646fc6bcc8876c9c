import { Logger } from '@nestjs/common';
import type { Context } from 'telegraf';

const logger = new Logger('BotUpdate');

/** An update that throws is logged with its id; it never takes the bot down. */
export function errorBoundary(botName: string) {
  return async (ctx: Context, next: () => Promise<void>) => {
    const started = performance.now();
    try {
      await next();
    } catch (error) {
      logger.error(
        `${botName} update ${ctx.update.update_id} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
    } finally {
      const ms = performance.now() - started;
      if (ms > 200) logger.warn(`${botName} update ${ctx.update.update_id} took ${ms.toFixed(0)} ms`);
    }
  };
}
