import { BotApiError, type TgUpdate, type UpdateType } from './types';

/** Telegram's default when a bot never named the update types it wants. */
const EXCLUDED_BY_DEFAULT: ReadonlySet<string> = new Set([
  'chat_member',
  'message_reaction',
  'message_reaction_count',
]);

export type WakeReason = 'update' | 'timeout' | 'conflict' | 'closed';

export interface PollRequest {
  offset?: number;
  limit: number;
  timeoutMs: number;
  allowedUpdates?: string[];
  /** Aborts when the client goes away, so a dead long poll frees its slot at once. */
  signal?: AbortSignal;
}

export function updateTypeOf(update: TgUpdate): UpdateType | undefined {
  for (const key in update) if (key !== 'update_id') return key as UpdateType;
  return undefined;
}

/**
 * One bot's pending updates plus its long poll. Filtering by allowed_updates happens when
 * updates are handed out, not when they are created: tests routinely push updates before the
 * bot's first getUpdates has told the emulator what it wants.
 */
export class UpdateQueue {
  private items: TgUpdate[] = [];
  private head = 0;
  private allowed: ReadonlySet<string> | null = null;
  private wakePoller: ((reason: WakeReason) => void) | null = null;
  /** Called after every push; the webhook dispatcher hooks in here. */
  onPush: (() => void) | null = null;

  get pendingCount(): number {
    return this.items.length - this.head;
  }

  get allowedUpdates(): string[] | undefined {
    return this.allowed ? [...this.allowed] : undefined;
  }

  push(update: TgUpdate): void {
    this.items.push(update);
    this.wakePoller?.('update');
    this.onPush?.();
  }

  /** Like Telegram, an empty or missing list keeps the previous setting. */
  setAllowedUpdates(list: string[] | undefined): void {
    if (list && list.length > 0) this.allowed = new Set(list);
  }

  isAllowed(update: TgUpdate): boolean {
    const type = updateTypeOf(update);
    if (type === undefined) return false;
    return this.allowed ? this.allowed.has(type) : !EXCLUDED_BY_DEFAULT.has(type);
  }

  /** Discards updates before `offset`; a negative offset keeps only the last -offset ones. */
  confirm(offset: number): void {
    if (offset < 0) {
      this.head = Math.max(this.head, this.items.length + offset);
    } else {
      while (this.head < this.items.length && this.items[this.head].update_id < offset) this.head++;
    }
    this.compact();
  }

  /** Up to `limit` deliverable updates from the front; undeliverable ones are dropped for good. */
  peek(limit: number, skip?: (update: TgUpdate) => boolean): TgUpdate[] {
    const out: TgUpdate[] = [];
    let dropped = false;
    for (let i = this.head; i < this.items.length && out.length < limit; i++) {
      const update = this.items[i];
      if (!this.isAllowed(update)) dropped = true;
      else if (!skip?.(update)) out.push(update);
    }
    if (dropped)
      this.items = [
        ...this.items.slice(0, this.head),
        ...this.items.slice(this.head).filter((u) => this.isAllowed(u)),
      ];
    return out;
  }

  remove(updateId: number): void {
    if (this.items[this.head]?.update_id === updateId) this.head++;
    else {
      const index = this.items.findIndex((u, i) => i >= this.head && u.update_id === updateId);
      if (index >= 0) this.items.splice(index, 1);
    }
    this.compact();
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }

  async poll(request: PollRequest): Promise<TgUpdate[]> {
    this.setAllowedUpdates(request.allowedUpdates);
    if (request.offset !== undefined) this.confirm(request.offset);
    // Telegram ends the older of two concurrent long polls with 409; so do we.
    this.wakePoller?.('conflict');
    const deadline = Date.now() + request.timeoutMs;
    for (;;) {
      const updates = this.peek(request.limit);
      const remaining = deadline - Date.now();
      if (updates.length > 0 || remaining <= 0) return updates;
      const reason = await this.waitForPush(remaining, request.signal);
      if (reason === 'conflict') {
        throw new BotApiError(
          409,
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        );
      }
      // 'closed': the client left, the emulator stops, or a webhook took over the queue.
      if (reason !== 'update') return [];
    }
  }

  /** Ends a waiting long poll (emulator stop, webhook set). */
  interruptPoll(): void {
    this.wakePoller?.('closed');
  }

  private waitForPush(ms: number, signal?: AbortSignal): Promise<WakeReason> {
    return new Promise((resolve) => {
      const finish = (reason: WakeReason): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (this.wakePoller === finish) this.wakePoller = null;
        resolve(reason);
      };
      const onAbort = (): void => finish('closed');
      const timer = setTimeout(finish, ms, 'timeout');
      signal?.addEventListener('abort', onAbort);
      this.wakePoller = finish;
      if (signal?.aborted) finish('closed');
    });
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
