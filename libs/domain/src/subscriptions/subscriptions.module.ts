import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings';
import { ChannelMembershipPort, TelegramChannelMembership } from './channel-membership.port';
import { CheckSubscriptionHandler } from './commands/check-subscription.handler';
import { MembershipCache } from './membership.cache';
import { GetChannelHandler } from './queries/get-channel.handler';
import { GetChannelMembershipHandler } from './queries/get-channel-membership.handler';

const CommandHandlers = [CheckSubscriptionHandler];
const QueryHandlers = [GetChannelHandler, GetChannelMembershipHandler];

@Module({
  imports: [SettingsModule],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    MembershipCache,
    { provide: ChannelMembershipPort, useClass: TelegramChannelMembership },
  ],
})
export class SubscriptionsModule {}
