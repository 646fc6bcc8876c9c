/** The sending bot, as far as the store needs it (emulator-state's BotState has more). */
type SendingBot = { id: number; token: string };
import type { ApiParams, SentMessage, TgChat, TgMessage } from './types';

/** The messages of one bot in one chat: Telegram numbers them per dialog. */
export interface Dialog {
  chat: TgChat;
  nextMessageId: number;
  messages: Map<number, TgMessage>;
  botMessages: SentMessage[];
  listeners: Set<(sent: SentMessage) => void>;
}

/** Every message of every dialog, and the log of what bots sent, in order. */
export class MessageStore {
  private readonly dialogs = new Map<string, Dialog>();
  sent: SentMessage[] = [];

  dialog(botId: number, chat: TgChat): Dialog {
    // Private chats are per bot; channel message ids are shared by every poster.
    const key = chat.type === 'private' ? `${botId}:${chat.id}` : `${chat.id}`;
    let dialog = this.dialogs.get(key);
    if (!dialog) {
      dialog = { chat, nextMessageId: 1, messages: new Map(), botMessages: [], listeners: new Set() };
      this.dialogs.set(key, dialog);
    }
    return dialog;
  }

  find(botId: number, chat: TgChat, messageId: number): TgMessage | undefined {
    return this.dialog(botId, chat).messages.get(messageId);
  }

  /** Stores a message the bot sent, assigning its message_id, and wakes waiting tests. */
  storeBotMessage(
    bot: SendingBot,
    chat: TgChat,
    draft: Omit<TgMessage, 'message_id'>,
    method: string,
    params: ApiParams,
  ): TgMessage {
    const dialog = this.dialog(bot.id, chat);
    const message: TgMessage = { message_id: dialog.nextMessageId++, ...draft };
    dialog.messages.set(message.message_id, message);
    const sent: SentMessage = {
      token: bot.token,
      botId: bot.id,
      chatId: chat.id,
      method,
      message,
      params,
      at: Date.now(),
      seq: dialog.botMessages.length,
      deleted: false,
    };
    dialog.botMessages.push(sent);
    this.sent.push(sent);
    for (const listener of dialog.listeners) listener(sent);
    return message;
  }

  /** Stores a message a user sent to the bot. */
  storeUserMessage(botId: number, chat: TgChat, draft: Omit<TgMessage, 'message_id'>): TgMessage {
    const dialog = this.dialog(botId, chat);
    const message: TgMessage = { message_id: dialog.nextMessageId++, ...draft };
    dialog.messages.set(message.message_id, message);
    return message;
  }

  /** Replaces a stored message so snapshots a test already holds stay unchanged. */
  replaceMessage(botId: number, chat: TgChat, message: TgMessage): void {
    const dialog = this.dialog(botId, chat);
    dialog.messages.set(message.message_id, message);
    const sent = dialog.botMessages.find((s) => s.message.message_id === message.message_id);
    if (sent) sent.message = message;
  }

  deleteMessage(botId: number, chat: TgChat, messageId: number): boolean {
    const dialog = this.dialog(botId, chat);
    if (!dialog.messages.delete(messageId)) return false;
    const sent = dialog.botMessages.find((s) => s.message.message_id === messageId);
    if (sent) sent.deleted = true;
    return true;
  }

  clear(): void {
    this.dialogs.clear();
    this.sent = [];
  }
}
