import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings';
import { ChannelMembershipPort, TelegramChannelMembership } from './channel-membership.port';
import { CheckSubscriptionHandler } from './commands/check-subscription.handler';
import { MembershipCache } from './membership.cache';
import { GetChannelHandler } from './queries/get-channel.handler';

const CommandHandlers = [CheckSubscriptionHandler];
const QueryHandlers = [GetChannelHandler];

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
