import { Logger } from '@nestjs/common';
import type { CommandBus } from '@nestjs/cqrs';
import type { BroadcastsRepository } from '../broadcasts.repository';
import { FinishBroadcastCommand } from '../commands/finish-broadcast.command';
import type { RecipientClaimsRepository } from '../recipient-claims.repository';
import type { SenderState } from './sender-state';

/** The most recipients one worker holds ahead for one broadcast. */
const MAX_CLAIM = 6000;

/**
 * Which broadcasts this worker works on and the recipients it holds for each: follows the
 * `sending` ones, claims ahead of the dispatcher, gives back what it will not send, and finishes
 * a broadcast once nothing is left anywhere.
 */
export class WorkList {
  private readonly logger = new Logger('BroadcastSender');

  constructor(
    private readonly workerId: string,
    private readonly state: SenderState,
    private readonly broadcasts: BroadcastsRepository,
    private readonly claims: RecipientClaimsRepository,
    private readonly commands: CommandBus,
  ) {}

  /** Starts on new `sending` broadcasts and stops on those no longer sending (paused, cancelled). */
  async follow(): Promise<number[]> {
    const sending = await this.broadcasts.sending();
    const ids = new Set(sending.map((b) => b.id));
    for (const id of this.state.active.keys()) if (!ids.has(id)) await this.drop(id);
    for (const b of sending) {
      if (this.state.active.has(b.id)) continue;
      const media = b.mediaKind ? await this.broadcasts.findMedia(b.id) : null;
      const { id, text, buttons, mediaKind } = b;
      const sendable = { id, text, buttons, mediaKind, fileIds: { ...(media?.fileIds ?? {}) } };
      this.state.active.set(id, {
        sendable,
        queue: [],
        inFlight: 0,
        exhausted: false,
        uploading: false,
        waitUntil: 0,
      });
    }
    return [...ids];
  }

  /**
   * Claims about two seconds of sends ahead, per broadcast, oldest broadcast first; topped up
   * when one second is left, so the queue never runs dry between two control ticks (500 ms; past
   * 2 500/s, half of MAX_CLAIM must outlast one tick). Claim size costs no duplicates: a dead
   * worker's unsent claims are simply sent by another.
   */
  async refill(): Promise<void> {
    const size = Math.min(MAX_CLAIM, Math.max(20, this.state.pace.rate * 2));
    for (const [id, b] of this.state.active) {
      if (b.queue.length >= size / 2) continue;
      const claimed = await this.claims.claim(id, this.workerId, size - b.queue.length);
      if (!this.state.active.has(id)) {
        await this.claims.release(
          id,
          this.workerId,
          claimed.map((r) => r.clientId),
        );
        continue;
      }
      b.queue.push(...claimed);
      b.exhausted = claimed.length === 0;
      if (claimed.length > 0) this.state.wake();
    }
  }

  /** A broadcast with nothing left here and nothing unfinished anywhere is done (exactly once). */
  async finishDone(): Promise<void> {
    for (const [id, b] of this.state.active) {
      if (!b.exhausted || b.queue.length > 0 || b.inFlight > 0 || this.state.hasResultsOf(id)) continue;
      const { status } = await this.commands.execute(new FinishBroadcastCommand(id));
      if (status) this.logger.log(`Broadcast ${id} finished: ${status}`);
    }
  }

  /** Stops working on a broadcast here; its unsent claims go back to pending at once. */
  async drop(id: number): Promise<void> {
    const b = this.state.active.get(id);
    if (!b) return;
    this.state.active.delete(id);
    await this.claims.release(
      id,
      this.workerId,
      b.queue.splice(0).map((r) => r.clientId),
    );
  }

  /** Keeps following every broadcast but gives back what is queued here (claims may be lost). */
  async giveBackQueued(): Promise<void> {
    for (const [id, b] of this.state.active) {
      const ids = b.queue.splice(0).map((r) => r.clientId);
      b.exhausted = false;
      await this.claims.release(id, this.workerId, ids);
    }
  }

  async dropAll(): Promise<void> {
    for (const id of [...this.state.active.keys()]) await this.drop(id);
  }
}
