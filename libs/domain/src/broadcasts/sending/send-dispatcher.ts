import { Logger } from '@nestjs/common';
import type { RedisService } from '@dvorik/persistence';
import type { ClaimedRecipient } from '../recipient-claims.repository';
import { recipientResult } from '../rules/send-outcome.rule';
import type { BroadcastDelivery } from './broadcast-delivery';
import type { SendPacer } from './send-pacer';
import { type ActiveBroadcast, BROADCAST_BOT, type SenderState } from './sender-state';

/** Sends a worker may have waiting on Telegram at once (about 130 ms of the paid ceiling). */
export const MAX_IN_FLIGHT = 128;
const UPLOAD_LOCK_MS = 130_000;
const UPLOAD_WAIT_MS = 200;
/**
 * How late a reserved slot may still be used (a timer that fired late, a busy event loop). The
 * free tier barely catches up (a late send next to an on-time one is how a 31st message lands in
 * a second); paid mode catches up to 50 ms of slots, so a stalled sender loses no throughput.
 */
const CATCH_UP_MS = { free: 10, paid: 50 };

export interface DispatcherHooks {
  /** Telegram refuses the bot (401/404) or the media file itself: the broadcast cannot go on. */
  fatal(broadcastId: number, error: string): void;
}

/**
 * Fires one send per reserved slot. Slots come from the shared pacer, in batches at high rates
 * (10 ms of slots at 1000/s) and one by one on the free tier; a slot whose time has passed is
 * used at once, so a sender that woke late catches up within its own slots and never takes
 * anyone else's. Sends are not awaited: up to MAX_IN_FLIGHT wait on Telegram together.
 */
export class SendDispatcher {
  private readonly logger = new Logger('BroadcastSender');
  private slots: number[] = [];
  private reserving: Promise<void> | null = null;

  constructor(
    private readonly workerId: string,
    private readonly state: SenderState,
    private readonly pacer: SendPacer,
    private readonly delivery: BroadcastDelivery,
    private readonly redis: RedisService,
    private readonly hooks: DispatcherHooks,
  ) {}

  async run(): Promise<void> {
    while (this.state.running) {
      try {
        await this.step();
      } catch (error) {
        this.logger.error(`Dispatch failed: ${error instanceof Error ? error.stack : String(error)}`);
        await this.state.sleep(500);
      }
    }
  }

  private async step(): Promise<void> {
    const state = this.state;
    const next = this.nextBroadcast();
    if (!next || state.inFlight >= MAX_IN_FLIGHT) return state.sleep(next ? 5 : 100);
    const slot = await this.slot();
    const wait = slot - performance.now();
    if (wait > 0.5) {
      this.slots.unshift(slot);
      return state.sleep(wait);
    }
    const item = next.queue.shift();
    if (!item || !state.active.has(item.broadcastId)) return;
    if (this.delivery.needsUpload(next.sendable, BROADCAST_BOT) && (await this.mustUpload(next))) {
      if (!(await this.takeUploadLock(next))) {
        next.queue.unshift(item);
        return;
      }
      // The holder before us may have finished between our look and our lock.
      if (await this.mustUpload(next)) {
        void this.fire(next, item).finally(() => this.releaseUploadLock(next));
        return;
      }
      await this.releaseUploadLock(next);
    }
    void this.fire(next, item);
  }

  /** Another worker may have uploaded the file meanwhile: its file_id is in the database then. */
  private async mustUpload(b: ActiveBroadcast): Promise<boolean> {
    await this.delivery.refreshFileIds(b.sendable);
    return this.delivery.needsUpload(b.sendable, BROADCAST_BOT);
  }

  /** The oldest sending broadcast with someone to send to now. */
  private nextBroadcast(): ActiveBroadcast | undefined {
    const now = performance.now();
    for (const b of this.state.active.values()) {
      if (b.queue.length > 0 && !b.uploading && b.waitUntil <= now) return b;
    }
    return undefined;
  }

  private async slot(): Promise<number> {
    for (;;) {
      const { pace, pausedUntil } = this.state;
      // A slot long past was missed while idle: using it now would be a burst, not a catch-up.
      const stale = performance.now() - (pace.paid ? CATCH_UP_MS.paid : CATCH_UP_MS.free);
      this.slots = this.slots.filter((s) => s >= pausedUntil && s >= stale);
      // At high rates the next batch is reserved while half of this one is left, so the shared
      // schedule never falls behind "now" and no slot time is lost between batches.
      const batch = Math.max(1, Math.round(pace.rate / 100));
      if (this.slots.length <= batch / 2) this.reserving ??= this.reserve(pace.intervalUs, batch);
      if (this.slots.length === 0) await this.reserving;
      const slot = this.slots.shift();
      if (slot !== undefined) return slot;
    }
  }

  private async reserve(intervalUs: number, count: number): Promise<void> {
    try {
      const reserved = await this.pacer.reserve(BROADCAST_BOT, intervalUs, count);
      // Read `this.slots` only now: slot() replaces the array while the reservation is on its way.
      this.slots.push(...reserved);
    } finally {
      this.reserving = null;
    }
  }

  private async fire(b: ActiveBroadcast, item: ClaimedRecipient): Promise<void> {
    const state = this.state;
    state.inFlight++;
    b.inFlight++;
    try {
      const uploading = this.delivery.needsUpload(b.sendable, BROADCAST_BOT);
      const outcome = await this.delivery.send(b.sendable, item.chatId, BROADCAST_BOT, state.pace.paid);
      const result = recipientResult(outcome, item.attempts, uploading);
      switch (result.kind) {
        case 'rate_limited':
          // Lose nothing, spend no attempt: back to the head of the line, everyone waits.
          b.queue.unshift(item);
          state.pausedUntil = Math.max(state.pausedUntil, performance.now() + result.retryAfterMs);
          await this.pacer.pause(BROADCAST_BOT, result.retryAfterMs);
          break;
        case 'fatal':
          b.queue.unshift(item);
          this.hooks.fatal(item.broadcastId, result.error);
          break;
        default:
          state.results.push({ recipient: item, result, at: new Date() });
      }
    } finally {
      state.inFlight--;
      b.inFlight--;
      state.wake();
    }
  }

  /** One upload of a broadcast's media at a time across all workers; the rest wait for its file_id. */
  private async takeUploadLock(b: ActiveBroadcast): Promise<boolean> {
    const key = `bsend:upload:${b.sendable.id}:${BROADCAST_BOT}`;
    const taken = await this.redis.client.set(key, this.workerId, 'PX', UPLOAD_LOCK_MS, 'NX');
    if (taken === null) b.waitUntil = performance.now() + UPLOAD_WAIT_MS;
    else b.uploading = true;
    return taken !== null;
  }

  private async releaseUploadLock(b: ActiveBroadcast): Promise<void> {
    b.uploading = false;
    await this.redis.client.del(`bsend:upload:${b.sendable.id}:${BROADCAST_BOT}`);
  }
}
