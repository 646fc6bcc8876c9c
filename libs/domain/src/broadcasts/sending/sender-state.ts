import type { ClaimedRecipient } from '../recipient-claims.repository';
import { JITTER_STEP_MS, MAX_EXTRA_JITTER_MS, type SendPace, sendPace } from '../rules/send-rate.rule';
import type { SendableBroadcast } from './broadcast-delivery';
import type { SendResult } from './recipient-outcomes';

const NARROW_AFTER_MS = 5 * 60_000;

/** Production broadcasts always go through the production client bot. */
export const BROADCAST_BOT = 'client';

/** One `sending` broadcast as this worker sees it. */
export interface ActiveBroadcast {
  sendable: SendableBroadcast;
  /** Claimed by this worker, not sent yet, in client id order. */
  queue: ClaimedRecipient[];
  inFlight: number;
  /** The last claim found nothing to take. */
  exhausted: boolean;
  /** This worker is uploading its media; the others wait for the file_id. */
  uploading: boolean;
  /** performance.now() until which it waits for another worker's upload. */
  waitUntil: number;
}

/** What the control loop and the dispatcher of one worker share. */
export class SenderState {
  readonly active = new Map<number, ActiveBroadcast>();
  results: SendResult[] = [];
  pace: SendPace = sendPace({ broadcast_rate: 25, paid_broadcast: false });
  inFlight = 0;
  /** performance.now() until which Telegram asked everyone to wait (429 retry_after). */
  pausedUntil = 0;
  /** performance.now() until which this worker's claims are surely still its own (ClaimKeeper). */
  leaseUntil = 0;
  running = false;
  /**
   * Tolerance added to ARRIVAL_JITTER_MS after 429s: each one widens it by JITTER_STEP_MS (up to
   * MAX_EXTRA_JITTER_MS), and every five minutes without one narrows it a step again. On a
   * loaded host the bench drew 12 × 429 in 10 000 free-tier sends at 15 ms, each a second's stop.
   */
  extraJitterMs = 0;
  private widenedAt = 0;
  private wakers: Array<() => void> = [];

  /**
   * Telegram answered 429: arrivals jitter more than the pace allows for. The next control tick
   * paces with it (sooner than the 429's pause of at least a second ends).
   */
  widenTolerance(): void {
    this.extraJitterMs = Math.min(MAX_EXTRA_JITTER_MS, this.extraJitterMs + JITTER_STEP_MS);
    this.widenedAt = performance.now();
  }

  /** The extra tolerance to pace with now (a step narrower per quiet five minutes). */
  toleranceNow(): number {
    if (this.extraJitterMs > 0 && performance.now() - this.widenedAt > NARROW_AFTER_MS) {
      this.extraJitterMs -= JITTER_STEP_MS;
      this.widenedAt = performance.now();
    }
    return this.extraJitterMs;
  }

  /** Resolves on the next `wake()` or after `ms`, whichever comes first. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers = this.wakers.filter((w) => w !== done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.wakers.push(done);
    });
  }

  wake(): void {
    for (const waker of [...this.wakers]) waker();
  }

  inFlightOf(broadcastId: number): number {
    return this.active.get(broadcastId)?.inFlight ?? 0;
  }

  hasResultsOf(broadcastId: number): boolean {
    return this.results.some((r) => r.recipient.broadcastId === broadcastId);
  }
}
