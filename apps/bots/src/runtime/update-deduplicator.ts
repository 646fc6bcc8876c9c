import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import type { Context } from 'telegraf';

const SEEN_TTL_SECONDS = 24 * 3600;

/**
 * Telegram re-delivers an update when a webhook answer is late, and replicas may both see it:
 * the first to claim `update_id` in Redis handles it, every other copy is dropped. A claim whose
 * handling failed is released, so the retry (Telegram's or ours, BotErrorBoundary) is handled.
 */
@Injectable()
export class UpdateDeduplicator {
  private readonly logger = new Logger(UpdateDeduplicator.name);

  constructor(private readonly redis: RedisService) {}

  middleware(botName: string) {
    return async (ctx: Context, next: () => Promise<void>) => {
      const key = `tgupd:${botName}:${ctx.update.update_id}`;
      const claimed = await this.redis.client.set(key, '1', 'EX', SEEN_TTL_SECONDS, 'NX');
      if (claimed === null) {
        this.logger.debug(`Duplicate update ${ctx.update.update_id} for ${botName} ignored`);
        return;
      }
      try {
        await next();
      } catch (error) {
        await this.redis.client.del(key).catch((releaseError: unknown) =>
          // Redis is what failed: the claim expires with its TTL, and the retry waits for it.
          this.logger.error(
            `Cannot release update ${ctx.update.update_id} of ${botName}: ${String(releaseError)}`,
          ),
        );
        throw error;
      }
    };
  }
}
