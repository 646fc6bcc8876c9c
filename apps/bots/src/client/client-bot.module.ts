import { Module } from '@nestjs/common';
import { BirthdayUpdate } from './birthday.update';
import { BotBlockedUpdate } from './bot-blocked.update';
import { BroadcastFromChatUpdate } from './broadcast-from-chat.update';
import { ChannelMembershipUpdate } from './channel-membership.update';
import { ChannelUpdate } from './channel.update';
import { ClientIdentity } from './client-identity';
import { ClientTextUpdate } from './client-text.update';
import { MyDiscountsUpdate } from './my-discounts.update';
import { HelpUpdate } from './help.update';
import { OrderUpdate } from './order.update';
import { ProfileUpdate } from './profile.update';
import { StartUpdate } from './start.update';
import { SubscriptionUpdate } from './subscription.update';
import { TillQrUpdate } from './till-qr.update';

/**
 * Handlers of the client bot (and its test twin); never shared with the staff bot. Telegraf
 * tries handlers in registration order, which is this array's: the catch-all text handler last.
 */
const Updates = [
  StartUpdate,
  SubscriptionUpdate,
  MyDiscountsUpdate,
  TillQrUpdate,
  BirthdayUpdate,
  ChannelUpdate,
  ProfileUpdate,
  HelpUpdate,
  OrderUpdate,
  ChannelMembershipUpdate,
  BotBlockedUpdate,
  // Before the catch-all: a staff member's message may be a broadcast (falls through otherwise).
  BroadcastFromChatUpdate,
  ClientTextUpdate,
];

@Module({ providers: [...Updates, ClientIdentity], exports: [ClientIdentity] })
export class ClientBotModule {}
