import { Injectable, Logger } from '@nestjs/common';
import { describeFailure, TelegramGateway } from '@dvorik/telegram';
import { botNameFor } from '../notifications';
import { type ChannelMembership, isChannelMemberStatus } from './rules/channel-membership.rule';

export type MembershipLookup = { ok: true; membership: ChannelMembership } | { ok: false; reason: string };

/** Where the subscription check learns a membership; Telegram in the apps, a fake in unit specs. */
export abstract class ChannelMembershipPort {
  abstract lookup(channelId: string, telegramId: number, isTest: boolean): Promise<MembershipLookup>;
}

/**
 * `getChatMember` through the gateway, asked by the client bot (or its test twin for a test
 * client): that bot administers the channel. Any failure is "unknown", never "not subscribed".
 */
@Injectable()
export class TelegramChannelMembership extends ChannelMembershipPort {
  private readonly logger = new Logger(TelegramChannelMembership.name);

  constructor(private readonly gateway: TelegramGateway) {
    super();
  }

  async lookup(channelId: string, telegramId: number, isTest: boolean): Promise<MembershipLookup> {
    const bot = botNameFor('client', isTest);
    if (!this.gateway.hasBot(bot)) return { ok: false, reason: `bot ${bot} is not configured` };
    const outcome = await this.gateway.call(bot, 'getChatMember', channelId, telegramId);
    if (!outcome.ok) {
      // Network trouble is expected now and then; anything else is a misconfigured channel.
      if (outcome.kind !== 'network' && outcome.kind !== 'rate_limited')
        this.logger.error(`getChatMember on ${channelId} failed: ${describeFailure(outcome)}`);
      return { ok: false, reason: describeFailure(outcome) };
    }
    const member = outcome.result as { status: unknown; is_member?: boolean };
    if (!isChannelMemberStatus(member.status))
      return { ok: false, reason: `status ${String(member.status)}` };
    return { ok: true, membership: { status: member.status, isMember: member.is_member } };
  }
}
