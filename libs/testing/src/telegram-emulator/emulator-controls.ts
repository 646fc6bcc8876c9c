import { TEST_WAIT_MS } from '../eventually';
import type { CallbackRecord, EmulatorState } from './emulator-state';
import type { FaultInjector } from './fault-injector';
import { paramsMatch } from './params';
import { SandboxView } from './sandbox/sandbox-view';
import { chatMemberOf, type UpdateFactory } from './update-factory';
import { UserHandle } from './user-handle';
import type {
  CallFilter,
  CallRecord,
  ChannelOptions,
  ChatFailure,
  ChatMemberStatus,
  CreateBotOptions,
  EmulatorStats,
  FailNextOptions,
  RateLimitOptions,
  SentMessage,
  SentMessageFilter,
  TgChat,
  TgUpdate,
  TgUser,
  UserOptions,
} from './types';

const ADMIN_STATUSES: ReadonlySet<ChatMemberStatus> = new Set(['creator', 'administrator']);

/** The test-facing half of the emulator: scripted users and channels, records and faults. */
export abstract class EmulatorControls {
  /** Back to a clean emulator between tests; bots stay registered (the apps under test keep running). */
  abstract reset(): void;

  protected constructor(
    protected readonly state: EmulatorState,
    protected readonly faults: FaultInjector,
    protected readonly updates: UpdateFactory,
  ) {}

  /** Read access for the sandbox page (chats as a person sees them, stored files). */
  get sandbox(): SandboxView {
    return new SandboxView(this.state);
  }

  /** Every Bot API call so far, oldest first. */
  get calls(): readonly CallRecord[] {
    return this.state.calls;
  }

  createBot({ token, username, firstName }: CreateBotOptions): TgUser {
    return this.state.registerBot(token, username, firstName ?? username).user;
  }

  /** Creates (or updates) a user and returns the handle tests act through. */
  user(options: UserOptions): UserHandle {
    const user: TgUser = { id: options.id, is_bot: options.isBot ?? false, first_name: options.firstName };
    if (options.lastName) user.last_name = options.lastName;
    if (options.username) user.username = options.username;
    if (options.languageCode) user.language_code = options.languageCode;
    this.state.users.set(user.id, user);
    return new UserHandle(user, this.state, this.updates);
  }

  /** The handle of a known user, or of a placeholder "User <id>". */
  userById(id: number): UserHandle {
    return new UserHandle(this.state.userById(id), this.state, this.updates);
  }

  createChannel({ id, title, username }: ChannelOptions): TgChat {
    if (id >= 0) throw new Error(`Channel ids are negative (e.g. -100${Math.abs(id) || 1}), got ${id}`);
    const chat: TgChat = { id, type: 'channel', title };
    if (username) chat.username = username.replace(/^@/, '');
    this.state.channels.set(id, { chat, members: new Map() });
    return chat;
  }

  /** Makes the bot an administrator: it may post there, read members and get chat_member updates. */
  addAdmin(channelId: number, botToken: string): void {
    const bot = this.state.botByToken(botToken);
    this.state.channel(channelId).members.set(bot.id, { status: 'administrator', isMember: true });
  }

  /**
   * Changes a user's status in a channel and sends the `chat_member` update to every bot that
   * administers it. Returns the updates pushed.
   */
  setMembership(
    channelId: number,
    userId: number,
    status: ChatMemberStatus,
    options: { isMember?: boolean } = {},
  ): TgUpdate[] {
    const channel = this.state.channel(channelId);
    const user = this.state.userById(userId);
    const before = channel.members.get(userId) ?? { status: 'left', isMember: false };
    const isMember =
      status === 'restricted' ? (options.isMember ?? true) : status !== 'left' && status !== 'kicked';
    channel.members.set(userId, { status, isMember });
    const oldMember = chatMemberOf(user, before.status, before.isMember);
    const newMember = chatMemberOf(user, status, isMember);
    const admins = [...channel.members].filter(
      ([id, member]) => ADMIN_STATUSES.has(member.status) && id !== userId,
    );
    return admins.flatMap(([id]) => {
      const bot = this.state.bots.get(id);
      return bot ? [this.updates.chatMember(bot, channel.chat, user, oldMember, newMember)] : [];
    });
  }

  /**
   * Queues a raw update. Without `update_id` it gets the next one; with an old one it replays
   * that update, as Telegram does when a webhook delivery seemed to fail.
   */
  pushUpdate(token: string, update: Omit<TgUpdate, 'update_id'> & { update_id?: number }): TgUpdate {
    const full: TgUpdate = { ...update, update_id: update.update_id ?? this.state.nextUpdateId() };
    this.state.botByToken(token).queue.push(full);
    return full;
  }

  /** Calls of one method (`'*'` for all), optionally narrowed by a predicate or parameter values. */
  callsTo(method: string, filter?: CallFilter): CallRecord[] {
    return this.state.calls.filter(
      (call) => (method === '*' || call.method === method) && matches(call, filter),
    );
  }

  /** The first finished call (already made or still to come) of a method that matches. */
  waitForCall(method: string, filter?: CallFilter, timeoutMs = TEST_WAIT_MS): Promise<CallRecord> {
    const done = this.callsTo(method, filter).find((call) => !isPending(call));
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const listener = (call: CallRecord): void => {
        if ((method !== '*' && call.method !== method) || !matches(call, filter)) return;
        cleanup();
        resolve(call);
      };
      const timer = setTimeout(() => {
        cleanup();
        const seen = this.state.calls.map((c) => c.method).join(', ') || 'no calls';
        reject(new Error(`No matching ${method} call within ${timeoutMs} ms; calls so far: ${seen}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.state.callListeners.delete(listener);
      };
      this.state.callListeners.add(listener);
    });
  }

  sentMessages(filter: SentMessageFilter = {}): SentMessage[] {
    return this.state.messages.sent.filter(
      (sent) =>
        (filter.token === undefined || sent.token === filter.token) &&
        (filter.chatId === undefined || sent.chatId === filter.chatId),
    );
  }

  /** How the bot answered a callback query (undefined while unanswered). */
  callbackAnswer(callbackQueryId: string): CallbackRecord['answer'] {
    return this.state.callbacks.get(callbackQueryId)?.answer;
  }

  stats(): EmulatorStats {
    return this.faults.stats();
  }

  setRateLimit(options: RateLimitOptions | null): void {
    this.faults.setRateLimit(options);
  }

  failChat(chatId: number | string, failure: ChatFailure): void {
    this.faults.failChat(chatId, failure);
  }

  clearChatFailure(chatId: number | string): void {
    this.faults.clearChatFailure(chatId);
  }

  failNext(method: string, options: FailNextOptions): void {
    this.faults.failNext(method, options);
  }

  /** Delays every Bot API answer by `ms`. */
  setLatency(ms: number): void {
    this.faults.latencyMs = Math.max(0, ms);
  }

  /** Destroys the socket of the next `times` calls (of `method`, or any) to simulate a network error. */
  dropConnections(method?: string, times = 1): void {
    this.faults.dropConnections(method, times);
  }

  /** Answers the next `times` calls (of `method`, or any) with an HTML 413 page, as nginx in front of Telegram would. */
  answerHtml(method?: string, times = 1): void {
    this.faults.answerHtml(method, times);
  }
}

// A call is recorded when it arrives; it is pending until its outcome is known.
const isPending = (call: CallRecord): boolean => !call.ok && call.error_code === undefined && !call.dropped;

function matches(call: CallRecord, filter: CallFilter | undefined): boolean {
  if (filter === undefined) return true;
  return typeof filter === 'function' ? filter(call) : paramsMatch(call.params, filter);
}
