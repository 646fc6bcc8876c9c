import { SlidingWindow } from './sliding-window';
import {
  BotApiError,
  type ChatFailure,
  type EmulatorStats,
  type FailNextOptions,
  type RateLimitOptions,
} from './types';

/** Methods that deliver a message to a chat: the ones Telegram's flood control counts. */
export const SEND_METHODS: ReadonlySet<string> = new Set([
  'sendMessage',
  'sendPhoto',
  'sendVideo',
  'sendDocument',
  'copyMessage',
  'forwardMessage',
  'sendMediaGroup',
]);

interface PendingFailure extends ChatFailure {
  method: string;
  retryAfter?: number;
  remaining: number;
}

interface PendingDrop {
  method?: string;
  remaining: number;
}

/**
 * Everything a test can make go wrong. The router asks it before running a method and tells it
 * the outcome afterwards, so a slot is only taken by a send that actually succeeded.
 */
export class FaultInjector {
  latencyMs = 0;
  private rateLimit: RateLimitOptions | null = null;
  private readonly windows = new Map<number, SlidingWindow>();
  private readonly chatFailures = new Map<string, ChatFailure>();
  private failures: PendingFailure[] = [];
  private drops: PendingDrop[] = [];
  private htmlAnswers: PendingDrop[] = [];
  private counters: EmulatorStats = { sendCalls: 0, sendOk: 0, send429: 0, maxInAnySlidingSecond: 0 };

  /** `now` is the clock of rate limits and sliding windows: Date.now unless a spec drives time. */
  constructor(readonly now: () => number = Date.now) {}

  setRateLimit(options: RateLimitOptions | null): void {
    if (options && !(options.perSecond > 0)) throw new Error('perSecond must be a positive number');
    this.rateLimit = options;
  }

  failChat(chatId: number | string, failure: ChatFailure): void {
    this.chatFailures.set(String(chatId), failure);
  }

  clearChatFailure(chatId: number | string): void {
    this.chatFailures.delete(String(chatId));
  }

  failNext(method: string, options: FailNextOptions): void {
    const { times = 1, ...failure } = options;
    this.failures.push({ ...failure, method, remaining: times });
  }

  dropConnections(method: string | undefined, times: number): void {
    this.drops.push({ method, remaining: times });
  }

  answerHtml(method: string | undefined, times: number): void {
    this.htmlAnswers.push({ method, remaining: times });
  }

  /** True when this call gets an HTML error page (a proxy in front of Telegram) instead of JSON. */
  takeHtml(method: string): boolean {
    const html = this.htmlAnswers.find((d) => d.method === undefined || d.method === method);
    if (!html) return false;
    if (--html.remaining <= 0) this.htmlAnswers = this.htmlAnswers.filter((d) => d !== html);
    if (SEND_METHODS.has(method)) this.counters.sendCalls++;
    return true;
  }

  /** True when this call's socket should be destroyed instead of answered. */
  takeDrop(method: string): boolean {
    const drop = this.drops.find((d) => d.method === undefined || d.method === method);
    if (!drop) return false;
    if (--drop.remaining <= 0) this.drops = this.drops.filter((d) => d !== drop);
    if (SEND_METHODS.has(method)) this.counters.sendCalls++;
    return true;
  }

  /** The injected error this call must answer with, if any. */
  check(method: string, botId: number, chatId: string | undefined, now: number): BotApiError | null {
    const isSend = SEND_METHODS.has(method);
    if (isSend) this.counters.sendCalls++;
    const error = this.takeFailure(method) ?? (isSend ? this.checkRate(botId, now) : null);
    if (error) {
      if (error.code === 429 && isSend) this.counters.send429++;
      return error;
    }
    const chatFailure = chatId === undefined ? undefined : this.chatFailures.get(chatId);
    return chatFailure ? new BotApiError(chatFailure.code, chatFailure.description) : null;
  }

  recordSuccess(method: string, botId: number, now: number): void {
    if (!SEND_METHODS.has(method)) return;
    this.counters.sendOk++;
    const window = this.windowOf(botId);
    window.advance(now);
    window.push(now);
    if (window.length > this.counters.maxInAnySlidingSecond)
      this.counters.maxInAnySlidingSecond = window.length;
  }

  stats(): EmulatorStats {
    return { ...this.counters };
  }

  reset(): void {
    this.latencyMs = 0;
    this.rateLimit = null;
    this.windows.clear();
    this.chatFailures.clear();
    this.failures = [];
    this.drops = [];
    this.htmlAnswers = [];
    this.counters = { sendCalls: 0, sendOk: 0, send429: 0, maxInAnySlidingSecond: 0 };
  }

  private takeFailure(method: string): BotApiError | null {
    const failure = this.failures.find((f) => f.method === method || f.method === '*');
    if (!failure) return null;
    if (--failure.remaining <= 0) this.failures = this.failures.filter((f) => f !== failure);
    const retryAfter = failure.retryAfter ?? (failure.code === 429 ? 1 : undefined);
    return new BotApiError(failure.code, failure.description, retryAfter);
  }

  private checkRate(botId: number, now: number): BotApiError | null {
    if (!this.rateLimit) return null;
    const window = this.windowOf(botId);
    window.advance(now);
    if (window.length < this.rateLimit.perSecond) return null;
    const retryAfter = Math.max(1, Math.ceil(window.msUntilSlotFrees(now) / 1000));
    return new BotApiError(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
  }

  private windowOf(botId: number): SlidingWindow {
    let window = this.windows.get(botId);
    if (!window) {
      window = new SlidingWindow(1000);
      this.windows.set(botId, window);
    }
    return window;
  }
}
