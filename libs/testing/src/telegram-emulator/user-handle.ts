import { TEST_WAIT_MS } from '../eventually';
import { privateChat, type BotState, type EmulatorState } from './emulator-state';
import type { Dialog } from './message-store';
import type { ForwardOptions, UpdateFactory } from './update-factory';
import type { SentMessage, TgMessage, TgUpdate, TgUser } from './types';

export type MessagePredicate = (message: TgMessage) => boolean;

/** A short human-readable form of a bot message for assertion failures. */
export function describeMessage(message: TgMessage): string {
  const body =
    message.text ?? message.caption ?? (message.photo ? '[photo]' : message.video ? '[video]' : '[document]');
  const buttons = (message.reply_markup?.inline_keyboard ?? []).flat().map((b) => `[${b.text}]`);
  return `#${message.message_id} ${JSON.stringify(body)}${buttons.length > 0 ? ` ${buttons.join('')}` : ''}`;
}

/**
 * One Telegram user as a test plays them: their actions become updates for a bot, and they
 * can read what each bot sent into their private chat. Every action returns synchronously
 * once the update is queued; the bot handles it asynchronously.
 */
export class UserHandle {
  constructor(
    readonly user: TgUser,
    private readonly state: EmulatorState,
    private readonly updates: UpdateFactory,
  ) {}

  get id(): number {
    return this.user.id;
  }

  sendText(token: string, text: string): TgUpdate {
    return this.updates.text(this.bot(token), this.user, text);
  }

  /**
   * Presses an inline button of a message the bot sent; returns the callback query id. `forged`
   * sends data the message does not carry, as a modified client can: the bot must not trust it.
   */
  pressButton(
    token: string,
    message: TgMessage | number,
    callbackData: string,
    options: { forged?: boolean } = {},
  ): string {
    const bot = this.bot(token);
    const messageId = typeof message === 'number' ? message : message.message_id;
    const current = this.dialog(bot).messages.get(messageId);
    if (!current || current.from?.id !== bot.id)
      throw new Error(`User ${this.id} has no bot message #${messageId} (deleted or never sent)`);
    const data = (current.reply_markup?.inline_keyboard ?? []).flat().map((button) => button.callback_data);
    if (!options.forged && !data.includes(callbackData)) {
      throw new Error(
        `Message #${messageId} has no button "${callbackData}"; its buttons carry ${JSON.stringify(data)}`,
      );
    }
    const update = this.updates.callbackQuery(bot, this.user, current, callbackData);
    return update.callback_query?.id ?? '';
  }

  /** Sends a contact card: their own (the contact button), or `of` another user's card. */
  sendContact(token: string, phone: string, options: { of?: TgUser } = {}): TgUpdate {
    return this.updates.contact(this.bot(token), this.user, phone, options.of);
  }

  sendPhoto(token: string, options: { caption?: string } = {}): TgUpdate {
    return this.updates.photo(this.bot(token), this.user, options.caption);
  }

  forward(token: string, options: ForwardOptions): TgUpdate {
    return this.updates.forward(this.bot(token), this.user, options);
  }

  /** What the bot sent to this user and has not deleted, edits applied, oldest first. */
  messagesFrom(token: string): TgMessage[] {
    return this.dialog(this.bot(token))
      .botMessages.filter((sent) => !sent.deleted)
      .map((sent) => sent.message);
  }

  lastMessageFrom(token: string): TgMessage | undefined {
    return this.messagesFrom(token).at(-1);
  }

  /** A cursor for `waitForMessage`: how many messages the bot has sent this user so far. */
  mark(token: string): number {
    return this.dialog(this.bot(token)).botMessages.length;
  }

  /**
   * The first bot message to this user that matches, counting from `fromIndex` (a `mark()`),
   * or from now when omitted. Rejects after `timeoutMs` listing what did arrive.
   */
  waitForMessage(
    token: string,
    predicate: MessagePredicate = () => true,
    timeoutMs = TEST_WAIT_MS,
    fromIndex?: number,
  ): Promise<TgMessage> {
    const bot = this.bot(token);
    const dialog = this.dialog(bot);
    const start = fromIndex ?? dialog.botMessages.length;
    return new Promise((resolve, reject) => {
      const settle = (sent: SentMessage): boolean => {
        try {
          if (sent.deleted || !predicate(sent.message)) return false;
          resolve(sent.message);
        } catch (error: unknown) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        return true;
      };
      if (dialog.botMessages.slice(start).some(settle)) return;
      const listener = (sent: SentMessage): void => {
        if (settle(sent)) cleanup();
      };
      const timer = setTimeout(() => {
        cleanup();
        const received = dialog.botMessages.slice(start).map((sent) => describeMessage(sent.message));
        const what = received.length > 0 ? received.join(', ') : 'nothing';
        reject(
          new Error(
            `User ${this.id} got no matching message from bot ${bot.id} within ${timeoutMs} ms; received: ${what}`,
          ),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        dialog.listeners.delete(listener);
      };
      dialog.listeners.add(listener);
    });
  }

  /**
   * Bot message `messageId` of this user's dialog once it matches `predicate` (as it is now, or
   * after a later edit: checked again whenever a Bot API call finishes). Answering a callback
   * and editing its message are two calls, so wait for the edit itself, not for the answer.
   */
  waitForEdit(
    token: string,
    messageId: number,
    predicate: MessagePredicate,
    timeoutMs = TEST_WAIT_MS,
  ): Promise<TgMessage> {
    const bot = this.bot(token);
    const dialog = this.dialog(bot);
    const current = (): TgMessage | undefined =>
      dialog.botMessages.find((sent) => sent.message.message_id === messageId && !sent.deleted)?.message;
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        try {
          const message = current();
          if (!message || !predicate(message)) return false;
          resolve(message);
        } catch (error: unknown) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        return true;
      };
      if (check()) return;
      const listener = (): void => {
        if (check()) cleanup();
      };
      const timer = setTimeout(() => {
        cleanup();
        const message = current();
        const what = message ? describeMessage(message) : 'no such message';
        reject(
          new Error(
            `Message #${messageId} from bot ${bot.id} to user ${this.id} did not match within ${timeoutMs} ms; it is ${what}`,
          ),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.state.callListeners.delete(listener);
      };
      this.state.callListeners.add(listener);
    });
  }

  private bot(token: string): BotState {
    return this.state.botByToken(token);
  }

  private dialog(bot: BotState): Dialog {
    return this.state.messages.dialog(bot.id, privateChat(this.user));
  }
}
