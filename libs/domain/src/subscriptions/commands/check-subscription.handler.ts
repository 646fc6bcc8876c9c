import { Logger } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import { GetClientQuery, SetSubscriptionCommand } from '../../clients';
import { DiscountTemplateErrorCode } from '../../discount-templates';
import { DiscountErrorCode, IssueDiscountCommand } from '../../discounts';
import { DomainError } from '../../shared';
import { SettingsReader } from '../../settings';
import { ChannelMembershipPort } from '../channel-membership.port';
import { MembershipCache } from '../membership.cache';
import { type ChannelMembership, isConfiguredChannel, isSubscribed } from '../rules/channel-membership.rule';
import { CheckSubscriptionCommand, type SubscriptionOutcome } from './check-subscription.command';

/** Refusals that mean "subscribed, but no code to give" rather than a failure. */
const NO_CODE: ReadonlySet<string> = new Set([
  DiscountErrorCode.TemplateInactive,
  DiscountErrorCode.ClientNotEligible,
  DiscountTemplateErrorCode.NotFound,
]);

@CommandHandler(CheckSubscriptionCommand)
export class CheckSubscriptionHandler implements ICommandHandler<CheckSubscriptionCommand> {
  private readonly logger = new Logger(CheckSubscriptionHandler.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly settings: SettingsReader,
    private readonly membership: ChannelMembershipPort,
    private readonly cache: MembershipCache,
  ) {}

  async execute({ input }: CheckSubscriptionCommand): Promise<SubscriptionOutcome> {
    const settings = await this.settings.all();
    const channelId = settings.telegram_channel_id;
    const { observed } = input;
    if (observed && !isConfiguredChannel(channelId, { id: observed.chatId, username: observed.chatUsername }))
      return { kind: 'ignored' };
    if (!channelId) {
      this.logger.warn('Subscription check without telegram_channel_id in settings');
      return { kind: 'unavailable', reason: 'not_configured' };
    }
    const client = await this.queries.execute(new GetClientQuery(input.clientId));

    let membership: ChannelMembership;
    if (observed) {
      membership = { status: observed.status, isMember: observed.isMember };
      await this.cache.set(channelId, client.telegramId, membership);
    } else {
      const cached = await this.cache.get(channelId, client.telegramId);
      if (cached) membership = cached;
      else {
        const lookup = await this.membership.lookup(channelId, client.telegramId, client.isTest);
        if (!lookup.ok) return { kind: 'unavailable', reason: 'telegram' };
        membership = lookup.membership;
        await this.cache.set(channelId, client.telegramId, membership);
      }
    }

    const subscribed = isSubscribed(membership);
    await this.commands.execute(new SetSubscriptionCommand(client.id, subscribed));
    if (!subscribed) return { kind: 'not_subscribed', channelLink: settings.channel_link };

    const templateId = settings.subscription_template_id;
    if (templateId === null) return { kind: 'subscribed' };
    // A channel join is the system's doing (the worker tells the client); a button press is the client's.
    const actor: Actor = observed
      ? { type: 'system', reason: 'channel_join' }
      : { type: 'client', clientId: client.id };
    try {
      const { discount, created } = await this.commands.execute(
        new IssueDiscountCommand({ actor, clientId: client.id, templateId, origin: 'subscription' }),
      );
      return { kind: 'issued', discount, created };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const code = error.code;
      if (code === DiscountErrorCode.RecurrenceNotReached)
        return { kind: 'too_soon', nextAt: (error.details.nextAt as string | null) ?? null };
      if (NO_CODE.has(code)) {
        this.logger.warn(`No subscription code for client ${client.id}: ${error.message}`);
        return { kind: 'subscribed' };
      }
      throw error;
    }
  }
}
