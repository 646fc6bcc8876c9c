import { Query } from '@nestjs/cqrs';

/**
 * `unknown`: Telegram could not be asked in time (or no channel is configured) — the caller
 * decides; the till's re-check lets the redemption through and flags it.
 */
export type ChannelMembershipAnswer =
  | { kind: 'subscribed' }
  | { kind: 'left' }
  | { kind: 'unknown'; reason: 'not_configured' | 'telegram' | 'timeout' };

/**
 * Asked by the redemption's re-check and answered by subscriptions (which owns the channel): the
 * contract lives with the asker, so discounts never imports subscriptions (that imports discounts).
 * Is this Telegram user in the shop's channel now, by the same 30–60 s cache as «Проверить подписку».
 */
export class GetChannelMembershipQuery extends Query<ChannelMembershipAnswer> {
  constructor(
    readonly telegramId: number,
    readonly isTest: boolean,
    /** How long the caller will wait for Telegram before `unknown` (the lookup still fills the cache). */
    readonly deadlineMs: number,
  ) {
    super();
  }
}
