import { privateChat, type BotState, type EmulatorState } from './emulator-state';
import { mintFile } from './media-files';
import { nowSeconds } from './method-context';
import { commandEntities } from './text-format';
import type { ChatMemberStatus, TgChat, TgChatMember, TgMessage, TgUpdate, TgUser } from './types';

export function chatMemberOf(user: TgUser, status: ChatMemberStatus, isMember = true): TgChatMember {
  switch (status) {
    case 'creator':
      return { status, user, is_anonymous: false };
    case 'administrator':
      return {
        status,
        user,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_post_messages: true,
      };
    case 'restricted':
      return { status, user, is_member: isMember, until_date: 0, can_send_messages: false };
    case 'kicked':
      return { status, user, until_date: 0 };
    case 'member':
    case 'left':
      return { status, user };
  }
}

export interface ForwardOptions {
  text: string;
  fromChatId?: number;
  fromUserId?: number;
}

/** Builds the updates users and channels cause, stores user messages, and queues the updates. */
export class UpdateFactory {
  constructor(private readonly state: EmulatorState) {}

  text(bot: BotState, user: TgUser, text: string): TgUpdate {
    const entities = commandEntities(text);
    return this.userMessage(bot, user, entities.length > 0 ? { text, entities } : { text });
  }

  /** The user's own card (the contact button), or `owner`'s card picked from their address book. */
  contact(bot: BotState, user: TgUser, phone: string, owner: TgUser = user): TgUpdate {
    const contact = { phone_number: phone, first_name: owner.first_name, user_id: owner.id };
    return this.userMessage(bot, user, {
      contact: owner.last_name ? { ...contact, last_name: owner.last_name } : contact,
    });
  }

  photo(bot: BotState, user: TgUser, caption?: string): TgUpdate {
    const record = mintFile(this.state, bot.id, 'photo', 'photo.jpg', 48_000, 'image/jpeg');
    return this.userMessage(bot, user, caption ? { photo: record.photo, caption } : { photo: record.photo });
  }

  forward(bot: BotState, user: TgUser, options: ForwardOptions): TgUpdate {
    const date = nowSeconds() - 60;
    const fields: Partial<TgMessage> = { text: options.text, forward_date: date };
    if (options.fromChatId !== undefined) {
      const chat = this.state.resolveChat(options.fromChatId);
      const message_id = this.state.nextSequence();
      Object.assign(fields, { forward_from_chat: chat, forward_from_message_id: message_id });
      fields.forward_origin = { type: 'channel', date, chat, message_id };
    } else {
      const sender = this.state.userById(options.fromUserId ?? user.id);
      fields.forward_from = sender;
      fields.forward_origin = { type: 'user', date, sender_user: sender };
    }
    return this.userMessage(bot, user, fields);
  }

  callbackQuery(bot: BotState, user: TgUser, message: TgMessage, data: string): TgUpdate {
    const id = `${bot.id}${this.state.nextSequence().toString().padStart(9, '0')}`;
    const query = { id, from: user, message, chat_instance: `${user.id}${bot.id}`, data };
    this.state.callbacks.set(id, { botId: bot.id, query });
    return this.deliver(bot, { update_id: this.state.nextUpdateId(), callback_query: query });
  }

  chatMember(bot: BotState, chat: TgChat, user: TgUser, before: TgChatMember, after: TgChatMember): TgUpdate {
    const chat_member = {
      chat,
      from: user,
      date: nowSeconds(),
      old_chat_member: before,
      new_chat_member: after,
    };
    return this.deliver(bot, { update_id: this.state.nextUpdateId(), chat_member });
  }

  private userMessage(bot: BotState, user: TgUser, content: Partial<TgMessage>): TgUpdate {
    const chat = privateChat(user);
    const message = this.state.messages.storeUserMessage(bot.id, chat, {
      from: user,
      chat,
      date: nowSeconds(),
      ...content,
    });
    return this.deliver(bot, { update_id: this.state.nextUpdateId(), message });
  }

  private deliver(bot: BotState, update: TgUpdate): TgUpdate {
    bot.queue.push(update);
    return update;
  }
}
