import { Logger } from '@nestjs/common';
import type { RedisService } from '@dvorik/persistence';
import type { ClaimedRecipient } from '../recipient-claims.repository';
import { recipientResult } from '../rules/send-outcome.rule';
import type { BroadcastDelivery } from './broadcast-delivery';
import { FireLog } from './fire-log';
import type { SendPacer } from './send-pacer';
import { type ActiveBroadcast, BROADCAST_BOT, type SenderState } from './sender-state';
import { UploadGate } from './upload-gate';

/**
 * Sends a worker may have waiting on Telegram at once: at 2 500/s, 200 ms of answers (on a busy
 * host an answer may take 60 ms; 128 capped the sender near 2 000/s there, Little's law).
 */
export const MAX_IN_FLIGHT = 512;
/**
 * Paid mode: how late a reserved slot may still be used (a timer that fired late, a busy event
 * loop), so a stalled sender catches up instead of losing throughput; the FireLog keeps the
 * catch-up from putting more than `rate` sends into one window. Larger is not better: the
 * catch-up goes out as a burst, a burst reaches Telegram spread over its processing time, and
 * at 100 ms that spread put 1 012 into one second at the 1000/s cap. The free tier holds one slot
 * at a time and instead never reserves the next one sooner than an interval after its last
 * actual send (a 100 ms catch-up there drew 22 × 429 in 10 000 sends on a loaded host).
 */
const PAID_CATCH_UP_MS = 50;
const TIMER_SLACK_MS = 2;
/** Slots reserved in one round trip to Redis (10 ms of them at 1000/s). */
const MAX_BATCH = 256;

export interface DispatcherHooks {
  /** Telegram refuses the bot (401/404) or the media file itself: the broadcast cannot go on. */
  fatal(broadcastId: number, error: string): void;
}

/**
 * Fires one send per reserved slot. Slots come from the shared pacer, in batches at high rates
 * (10 ms of slots at 1000/s) and one by one on the free tier; a slot whose time has passed is
 * used at once, so a sender that woke late catches up within its own slots and never takes
 * anyone else's; the FireLog keeps that catch-up from ever putting more than `rate` sends into
 * one window (a second plus ARRIVAL_JITTER_MS). Sends are not awaited: up to MAX_IN_FLIGHT wait on
 * Telegram together.
 */
export class SendDispatcher {
  private readonly logger = new Logger('BroadcastSender');
  private slots: number[] = [];
  private reserving: Promise<void> | null = null;
  private readonly uploads: UploadGate;
  private readonly fires = new FireLog();
  /** performance.now() of this worker's last send. */
  private lastFire = 0;

  constructor(
    workerId: string,
    private readonly state: SenderState,
    private readonly pacer: SendPacer,
    private readonly delivery: BroadcastDelivery,
    redis: RedisService,
    private readonly hooks: DispatcherHooks,
  ) {
    this.uploads = new UploadGate(workerId, delivery, redis);
  }

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
    // Past this worker's hold its claims may be someone else's: nothing is sent until renewed.
    if (performance.now() > state.leaseUntil) return state.sleep(100);
    const slot = await this.slot();
    const now = performance.now();
    // Never more than `rate` sends in any window of this worker's clock, whatever the slots say.
    // A slot half a millisecond ahead is as good as now (timers have no finer grain); the window is
    // a hard bound.
    const early = slot - now;
    const held = this.fires.waitMs(now, state.pace.rate, state.pace.windowMs);
    if (early > 0.5 || held > 0) {
      this.slots.unshift(slot);
      return state.sleep(Math.max(early, held));
    }
    if (performance.now() > state.leaseUntil) {
      this.slots.unshift(slot);
      return;
    }
    const item = next.queue.shift();
    if (!item || !state.active.has(item.broadcastId)) return;
    const gate = await this.uploads.enter(next);
    if (gate === 'wait') {
      next.queue.unshift(item);
      return;
    }
    const sending = this.fire(next, item);
    if (gate === 'upload') void sending.finally(() => this.uploads.leave(next));
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
      const stale = pace.paid ? performance.now() - PAID_CATCH_UP_MS : -Infinity;
      // Slots are in time order: drop from the front (no copy of the array per send).
      while (this.slots.length > 0 && (this.slots[0] < pausedUntil || this.slots[0] < stale))
        this.slots.shift();
      // At high rates the next batch is reserved while half of this one is left, so the shared
      // schedule never falls behind "now" and no slot time is lost between batches.
      const batch = Math.min(MAX_BATCH, Math.max(1, Math.round(pace.rate / 100)));
      if (this.slots.length <= batch / 2) this.reserving ??= this.reserve(batch);
      if (this.slots.length === 0) await this.reserving;
      const slot = this.slots.shift();
      if (slot !== undefined) return slot;
    }
  }

  private async reserve(count: number): Promise<void> {
    const { intervalUs, paid } = this.state.pace;
    // A timer a millisecond or two late is normal and pushes nothing; a stall pushes the schedule.
    const notBefore = paid ? 0 : this.lastFire + intervalUs / 1000 - TIMER_SLACK_MS;
    try {
      const reserved = await this.pacer.reserve(
        BROADCAST_BOT,
        intervalUs,
        count,
        paid ? PAID_CATCH_UP_MS : 0,
        notBefore,
      );
      // Read `this.slots` only now: slot() replaces the array while the reservation is on its way.
      this.slots.push(...reserved);
    } finally {
      this.reserving = null;
    }
  }

  private async fire(b: ActiveBroadcast, item: ClaimedRecipient): Promise<void> {
    const state = this.state;
    this.lastFire = performance.now();
    this.fires.record(this.lastFire);
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
          state.widenTolerance();
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
}
