import { Command } from '@nestjs/cqrs';
import type { DiscountView } from '../../discounts';
import type { ChannelMemberStatus } from '../rules/channel-membership.rule';

export interface CheckSubscriptionInput {
  clientId: number;
  /**
   * A `chat_member` update already says what the membership is: no Bot API call, and the
   * issue is made by the system (the worker then sends the code unprompted). Without it the
   * client pressed «Проверить подписку» and the bot answers inline.
   */
  observed?: {
    chatId: number;
    chatUsername?: string | null;
    status: ChannelMemberStatus;
    isMember?: boolean;
  };
}

/** What the check came to; the bot turns each kind into its message template. */
export type SubscriptionOutcome =
  /** Telegram could not be asked, or no channel is configured: nothing was written or issued. */
  | { kind: 'unavailable'; reason: 'telegram' | 'not_configured' }
  | { kind: 'not_subscribed'; channelLink: string | null }
  | { kind: 'issued'; discount: DiscountView; created: boolean }
  /** Subscribed, but the recurrence refuses another code before `nextAt` (null: never again). */
  | { kind: 'too_soon'; nextAt: string | null }
  /** Subscribed; no code to give (no or inactive subscription template, a banned client). */
  | { kind: 'subscribed' }
  /** A `chat_member` update of some other chat. */
  | { kind: 'ignored' };

/**
 * The one subscription decision, shared by the button and the channel's `chat_member` updates:
 * membership → SetSubscription → IssueDiscount(subscription template) with its refusals.
 */
export class CheckSubscriptionCommand extends Command<SubscriptionOutcome> {
  constructor(readonly input: CheckSubscriptionInput) {
    super();
  }
}
