import type { ClaimedRecipient } from '../recipient-claims.repository';
import { type SendPace, sendPace } from '../rules/send-rate.rule';
import type { SendableBroadcast } from './broadcast-delivery';
import type { SendResult } from './recipient-outcomes';

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
  private wakers: Array<() => void> = [];

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
