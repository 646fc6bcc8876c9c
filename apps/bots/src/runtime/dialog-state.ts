import { Injectable } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';

/** DESIGN §2: a dialog waits 10 minutes for its answer, then is forgotten. */
export const DIALOG_TTL_SECONDS = 10 * 60;

/** The one question a bot may be waiting on per person. */
export type DialogStep = 'birthday' | 'cashier_store' | 'profile_phone' | 'profile_name';

/**
 * Multi-step dialog state in Redis (`tgstate:<bot>:<telegram id>`), so any replica can take the
 * next message. One key per person and bot: a new question replaces the old one.
 */
@Injectable()
export class DialogState {
  constructor(private readonly redis: RedisService) {}

  async get(bot: string, telegramId: number): Promise<DialogStep | null> {
    return (await this.redis.client.get(this.key(bot, telegramId))) as DialogStep | null;
  }

  async set(bot: string, telegramId: number, step: DialogStep): Promise<void> {
    await this.redis.client.set(this.key(bot, telegramId), step, 'EX', DIALOG_TTL_SECONDS);
  }

  /** True when there was something to cancel. */
  async clear(bot: string, telegramId: number): Promise<boolean> {
    return (await this.redis.client.del(this.key(bot, telegramId))) > 0;
  }

  private key(bot: string, telegramId: number): string {
    return `tgstate:${bot}:${telegramId}`;
  }
}
