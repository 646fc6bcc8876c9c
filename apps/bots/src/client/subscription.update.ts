import { CommandBus } from '@nestjs/cqrs';
import { CheckSubscriptionCommand, type SubscriptionOutcome } from '@dvorik/domain';
import { Command, Ctx, Hears, Update } from 'nestjs-telegraf';
import type { Convenience } from 'telegraf/types';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { type BotText, template } from '../runtime/bot-text';
import { shopDate } from '../runtime/shop-time-format';
import { BUTTON } from '../shared/button-labels';
import { expiryText } from '../shared/expiry-text';
import { ClientIdentity } from './client-identity';
import { MENU, menuButton } from './client-menu';

export const CHANNEL_BUTTON = BUTTON.openChannel;

/** «Проверить подписку» / `/check`: the domain decides (CheckSubscriptionCommand); this says it. */
@Update()
export class SubscriptionUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly identity: ClientIdentity,
    private readonly replier: BotReplier,
  ) {}

  @Hears(menuButton(MENU.check))
  @Command('check')
  async check(@Ctx() ctx: BotContext): Promise<void> {
    const client = await this.identity.current(ctx);
    const outcome = await this.commands.execute(new CheckSubscriptionCommand({ clientId: client.id }));
    const answer = await this.answer(outcome);
    if (answer) await this.replier.replyText(ctx, answer.text, answer.extra);
  }

  private async answer(
    outcome: SubscriptionOutcome,
  ): Promise<{ text: BotText; extra?: Convenience.ExtraReplyMessage } | null> {
    switch (outcome.kind) {
      case 'unavailable':
        return { text: template('try_later') };
      case 'not_subscribed':
        return {
          text: template('not_subscribed', { channel_link: outcome.channelLink ?? '' }),
          extra: outcome.channelLink
            ? { reply_markup: { inline_keyboard: [[{ text: CHANNEL_BUTTON, url: outcome.channelLink }]] } }
            : undefined,
        };
      case 'issued': {
        const { discount } = outcome;
        const values = {
          discount_code: discount.displayCode,
          discount_value: discount.valueText,
          discount_name: discount.templateName,
          discount_expires_at: await expiryText(this.replier, discount.expiresOn),
        };
        return {
          text: template(outcome.created ? 'subscription_success' : 'subscription_already_received', values),
        };
      }
      case 'too_soon':
        return outcome.nextAt
          ? {
              text: template('subscription_too_soon', {
                next_date: shopDate(outcome.nextAt, this.replier.timeZone),
              }),
            }
          : { text: template('subscription_thanks') };
      case 'subscribed':
        return { text: template('subscription_thanks') };
      case 'ignored':
        return null;
    }
  }
}
