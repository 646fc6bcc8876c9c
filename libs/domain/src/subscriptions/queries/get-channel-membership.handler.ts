import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SettingsReader } from '../../settings';
import { ChannelMembershipPort, type MembershipLookup } from '../channel-membership.port';
import { MembershipCache } from '../membership.cache';
import { isSubscribed } from '../rules/channel-membership.rule';
import { type ChannelMembershipAnswer, GetChannelMembershipQuery } from '../../discounts';

@QueryHandler(GetChannelMembershipQuery)
export class GetChannelMembershipHandler implements IQueryHandler<GetChannelMembershipQuery> {
  /** One Telegram call per member at a time: 200 tills pressing at once ask once. */
  private readonly inFlight = new Map<string, Promise<MembershipLookup>>();

  constructor(
    private readonly settings: SettingsReader,
    private readonly membership: ChannelMembershipPort,
    private readonly cache: MembershipCache,
  ) {}

  async execute({
    telegramId,
    isTest,
    deadlineMs,
  }: GetChannelMembershipQuery): Promise<ChannelMembershipAnswer> {
    const channelId = await this.settings.get('telegram_channel_id');
    if (!channelId) return { kind: 'unknown', reason: 'not_configured' };
    const cached = await this.cache.get(channelId, telegramId);
    if (cached) return isSubscribed(cached) ? { kind: 'subscribed' } : { kind: 'left' };
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), deadlineMs);
    });
    try {
      const lookup = await Promise.race([this.lookup(channelId, telegramId, isTest), deadline]);
      if (lookup === 'timeout') return { kind: 'unknown', reason: 'timeout' };
      if (!lookup.ok) return { kind: 'unknown', reason: 'telegram' };
      return isSubscribed(lookup.membership) ? { kind: 'subscribed' } : { kind: 'left' };
    } finally {
      clearTimeout(timer);
    }
  }

  private lookup(channelId: string, telegramId: number, isTest: boolean): Promise<MembershipLookup> {
    const key = `${channelId}:${telegramId}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.membership
        .lookup(channelId, telegramId, isTest)
        .then(async (lookup) => {
          // Filled even when the caller stopped waiting: the next redemption gets the answer at once.
          if (lookup.ok) await this.cache.set(channelId, telegramId, lookup.membership);
          return lookup;
        })
        .catch((error: unknown): MembershipLookup => ({ ok: false, reason: String(error) }))
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }
}
