import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import type { Context } from 'telegraf';

const SEEN_TTL_SECONDS = 24 * 3600;

/**
 * Telegram re-delivers an update when a webhook answer is late, and replicas may both see it:
 * the first to claim `update_id` in Redis handles it, every other copy is dropped.
 */
@Injectable()
export class UpdateDeduplicator {
  private readonly logger = new Logger(UpdateDeduplicator.name);

  constructor(private readonly redis: RedisService) {}

  middleware(botName: string) {
    return async (ctx: Context, next: () => Promise<void>) => {
      const claimed = await this.redis.client.set(
        `tgupd:${botName}:${ctx.update.update_id}`,
        '1',
        'EX',
        SEEN_TTL_SECONDS,
        'NX',
      );
      if (claimed === null) {
        this.logger.debug(`Duplicate update ${ctx.update.update_id} for ${botName} ignored`);
        return;
      }
      await next();
    };
  }
}
