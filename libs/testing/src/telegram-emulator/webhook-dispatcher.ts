import type { BotState } from './emulator-state';
import type { ApiParams, TgUpdate } from './types';

/** Runs a method a bot answered a webhook delivery with (telegraf's `webhookReply`). */
export type WebhookReplyHandler = (bot: BotState, reply: ApiParams) => Promise<void>;

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 2000;

/** Updates of one chat go out one at a time so a bot sees them in order, as on Telegram. */
function chatKeyOf(update: TgUpdate): number {
  return (
    update.message?.chat.id ??
    update.callback_query?.from.id ??
    update.chat_member?.chat.id ??
    update.my_chat_member?.chat.id ??
    update.edited_message?.chat.id ??
    update.channel_post?.chat.id ??
    0
  );
}

/** Delivery of one bot's queue to its webhook: parallel across chats, retried with backoff. */
class BotDelivery {
  private readonly inFlight = new Set<number>();
  private readonly backingOff = new Map<number, { attempts: number; timer?: NodeJS.Timeout }>();
  private readonly abort = new AbortController();

  constructor(
    private readonly bot: BotState,
    private readonly onReply: WebhookReplyHandler,
  ) {}

  pump(): void {
    const webhook = this.bot.webhook;
    if (!webhook || this.abort.signal.aborted) return;
    const busyChats = new Set<number>();
    for (const update of this.bot.queue.peek(webhook.maxConnections * 4)) {
      if (this.inFlight.size >= webhook.maxConnections) return;
      const chat = chatKeyOf(update);
      if (busyChats.has(chat)) continue;
      busyChats.add(chat);
      const retry = this.backingOff.get(update.update_id);
      if (!this.inFlight.has(update.update_id) && !retry?.timer)
        void this.send(update, webhook.url, webhook.secretToken);
    }
  }

  stop(): void {
    this.abort.abort();
    for (const { timer } of this.backingOff.values()) clearTimeout(timer);
    this.backingOff.clear();
  }

  private async send(update: TgUpdate, url: string, secretToken?: string): Promise<void> {
    this.inFlight.add(update.update_id);
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (secretToken) headers['x-telegram-bot-api-secret-token'] = secretToken;
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(update),
        signal: this.abort.signal,
      });
      const body = await response.text();
      if (!response.ok)
        throw new Error(`Wrong response from the webhook: ${response.status} ${response.statusText}`);
      this.backingOff.delete(update.update_id);
      this.bot.queue.remove(update.update_id);
      await this.handleReply(response.headers.get('content-type'), body);
    } catch (error: unknown) {
      if (!this.abort.signal.aborted) this.scheduleRetry(update.update_id, error);
    } finally {
      this.inFlight.delete(update.update_id);
      this.pump();
    }
  }

  private async handleReply(contentType: string | null, body: string): Promise<void> {
    if (!body || !contentType?.includes('application/json')) return;
    let reply: unknown;
    try {
      reply = JSON.parse(body);
    } catch {
      return; // Telegram ignores a reply it cannot read; the update still counts as delivered.
    }
    if (reply && typeof reply === 'object' && typeof (reply as ApiParams).method === 'string') {
      await this.onReply(this.bot, reply as ApiParams);
    }
  }

  private scheduleRetry(updateId: number, error: unknown): void {
    if (this.bot.webhook) {
      this.bot.webhook.lastErrorDate = Math.floor(Date.now() / 1000);
      this.bot.webhook.lastErrorMessage = error instanceof Error ? error.message : String(error);
    }
    const retry = this.backingOff.get(updateId) ?? { attempts: 0 };
    retry.attempts++;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (retry.attempts - 1));
    retry.timer = setTimeout(() => {
      retry.timer = undefined;
      this.pump();
    }, delay);
    this.backingOff.set(updateId, retry);
  }
}

/** Pushes queued updates to bots that set a webhook; getUpdates is closed to them meanwhile. */
export class WebhookDispatcher {
  private readonly deliveries = new Map<number, BotDelivery>();

  constructor(private readonly onReply: WebhookReplyHandler) {}

  start(bot: BotState): void {
    this.stop(bot);
    const delivery = new BotDelivery(bot, this.onReply);
    this.deliveries.set(bot.id, delivery);
    bot.queue.onPush = () => delivery.pump();
    bot.queue.interruptPoll();
    delivery.pump();
  }

  stop(bot: BotState): void {
    this.deliveries.get(bot.id)?.stop();
    this.deliveries.delete(bot.id);
    bot.queue.onPush = null;
  }

  stopAll(): void {
    for (const delivery of this.deliveries.values()) delivery.stop();
    this.deliveries.clear();
  }
}
