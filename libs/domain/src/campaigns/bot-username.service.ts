import { Injectable, Logger } from '@nestjs/common';
import { TelegramGateway } from '@dvorik/telegram';

const TTL_MS = 10 * 60_000;

/**
 * The client bot's @username, from getMe: campaign links are built from it, so it is never
 * typed into settings (and cannot drift from the real token). Cached for ten minutes.
 */
@Injectable()
export class BotUsernameService {
  private readonly logger = new Logger(BotUsernameService.name);
  private cached: { username: string; until: number } | null = null;

  constructor(private readonly gateway: TelegramGateway) {}

  /** null when the client bot has no token here or Telegram cannot be reached right now. */
  async clientBot(): Promise<string | null> {
    if (this.cached && this.cached.until > Date.now()) return this.cached.username;
    if (!this.gateway.hasBot('client')) return null;
    const me = await this.gateway.call('client', 'getMe');
    if (!me.ok || !me.result.username) {
      this.logger.warn(`getMe of the client bot failed: ${me.ok ? 'no username' : me.description}`);
      return null;
    }
    this.cached = { username: me.result.username, until: Date.now() + TTL_MS };
    return me.result.username;
  }
}
