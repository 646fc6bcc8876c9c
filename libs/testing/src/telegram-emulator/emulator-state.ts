import { MessageStore } from './message-store';
import { UpdateQueue } from './update-queue';
import {
  BotApiError,
  badRequest,
  type CallRecord,
  type ChatMemberStatus,
  type MediaKind,
  type TgBotCommand,
  type TgCallbackQuery,
  type TgChat,
  type TgPhotoSize,
  type TgFile,
  type TgUser,
} from './types';

const TOKEN = /^(\d{1,20}):([A-Za-z0-9_-]{1,100})$/;

export interface WebhookConfig {
  url: string;
  secretToken?: string;
  maxConnections: number;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

export interface BotState {
  id: number;
  token: string;
  user: TgUser;
  commands: Map<string, TgBotCommand[]>;
  queue: UpdateQueue;
  webhook: WebhookConfig | null;
}

export interface ChannelState {
  chat: TgChat;
  members: Map<number, { status: ChatMemberStatus; isMember: boolean }>;
}

export interface FileRecord {
  kind: MediaKind;
  botId: number;
  fileUniqueId: string;
  photo?: TgPhotoSize[];
  file?: TgFile;
  /** The uploaded bytes (or the URL a bot sent), so the sandbox can show the picture. */
  content?: Buffer;
  url?: string;
}

export interface CallbackRecord {
  botId: number;
  query: TgCallbackQuery;
  answer?: { text?: string; showAlert: boolean; url?: string };
}

/** All mutable emulator data. */
export class EmulatorState {
  readonly bots = new Map<number, BotState>();
  readonly users = new Map<number, TgUser>();
  readonly channels = new Map<number, ChannelState>();
  readonly messages = new MessageStore();
  readonly files = new Map<string, FileRecord>();
  readonly callbacks = new Map<string, CallbackRecord>();
  calls: CallRecord[] = [];
  readonly callListeners = new Set<(call: CallRecord) => void>();
  private lastUpdateId = 0;
  private sequence = 0;

  nextUpdateId(): number {
    return ++this.lastUpdateId;
  }

  /** A process-unique number for ids (file ids, callback query ids, media groups). */
  nextSequence(): number {
    return ++this.sequence;
  }

  /** The bot a token belongs to, registering well-formed unknown tokens; null means 401. */
  authorize(token: string): BotState | null {
    const match = TOKEN.exec(token);
    if (!match) return null;
    const id = Number(match[1]);
    const bot = this.bots.get(id);
    if (bot) return bot.token === token ? bot : null;
    return this.registerBot(token, `bot${id}`, `Bot ${id}`);
  }

  registerBot(token: string, username: string, firstName: string): BotState {
    const match = TOKEN.exec(token);
    if (!match) throw new Error(`Malformed bot token "${token}": expected <digits>:<secret>`);
    const id = Number(match[1]);
    const existing = this.bots.get(id);
    const user: TgUser = { id, is_bot: true, first_name: firstName, username };
    if (existing) {
      existing.token = token;
      existing.user = user;
      return existing;
    }
    const bot: BotState = { id, token, user, commands: new Map(), queue: new UpdateQueue(), webhook: null };
    this.bots.set(id, bot);
    this.users.set(id, user);
    return bot;
  }

  botByToken(token: string): BotState {
    const bot = this.authorize(token);
    if (!bot) throw new Error(`Malformed or mismatching bot token "${token}"`);
    return bot;
  }

  /** Telegram only knows users who exist; here any positive id is someone who started the bot. */
  userById(id: number): TgUser {
    let user = this.users.get(id);
    if (!user) {
      user = { id, is_bot: false, first_name: `User ${id}` };
      this.users.set(id, user);
    }
    return user;
  }

  resolveChat(chatId: number | string): TgChat {
    if (typeof chatId === 'string') {
      const name = chatId.slice(1).toLowerCase();
      for (const channel of this.channels.values())
        if (channel.chat.username?.toLowerCase() === name) return channel.chat;
      throw badRequest('chat not found');
    }
    if (chatId > 0) return privateChat(this.userById(chatId));
    const channel = this.channels.get(chatId);
    if (!channel) throw badRequest('chat not found');
    return channel.chat;
  }

  channel(chatId: number | string): ChannelState {
    const chat = this.resolveChat(chatId);
    const channel = this.channels.get(chat.id);
    if (!channel) throw badRequest('chat not found');
    return channel;
  }

  assertCanPost(bot: BotState, chat: TgChat): void {
    if (chat.type === 'private') {
      if (this.users.get(chat.id)?.is_bot)
        throw new BotApiError(403, "Forbidden: bot can't send messages to bots");
      return;
    }
    const status = this.channels.get(chat.id)?.members.get(bot.id)?.status;
    if (status !== 'administrator' && status !== 'creator') {
      throw new BotApiError(403, 'Forbidden: bot is not a member of the channel chat');
    }
  }

  /** Publishes a finished call to `waitForCall` listeners. */
  notifyCall(call: CallRecord): void {
    for (const listener of this.callListeners) listener(call);
  }

  /**
   * Forgets what tests created but keeps the bots (token, username, webhook, allowed_updates,
   * commands): the apps under test keep running across tests. Update ids keep counting so a
   * bot polling with an old offset does not skip fresh updates.
   */
  reset(): void {
    for (const bot of this.bots.values()) {
      bot.queue.clear();
      this.users.set(bot.id, bot.user);
    }
    for (const id of this.users.keys()) if (!this.bots.has(id)) this.users.delete(id);
    this.channels.clear();
    this.messages.clear();
    this.files.clear();
    this.callbacks.clear();
    this.calls = [];
  }
}

export function privateChat(user: TgUser): TgChat {
  const chat: TgChat = { id: user.id, type: 'private', first_name: user.first_name };
  if (user.last_name) chat.last_name = user.last_name;
  if (user.username) chat.username = user.username;
  return chat;
}
