import { Injectable } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import type { ChannelMembership } from './rules/channel-membership.rule';

/** DESIGN §3: a membership is trusted for 30–60 s, so a client tapping the button repeatedly costs one call. */
export const MEMBERSHIP_CACHE_SECONDS = 45;

/** Shared by every bot replica; a `chat_member` update overwrites it with what Telegram just said. */
@Injectable()
export class MembershipCache {
  constructor(private readonly redis: RedisService) {}

  async get(channelId: string, telegramId: number): Promise<ChannelMembership | null> {
    const raw = await this.redis.client.get(this.key(channelId, telegramId));
    return raw ? (JSON.parse(raw) as ChannelMembership) : null;
  }

  async set(channelId: string, telegramId: number, membership: ChannelMembership): Promise<void> {
    await this.redis.client.set(
      this.key(channelId, telegramId),
      JSON.stringify(membership),
      'EX',
      MEMBERSHIP_CACHE_SECONDS,
    );
  }

  private key(channelId: string, telegramId: number): string {
    return `tgmember:${channelId}:${telegramId}`;
  }
}
