import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RedisService } from '@dvorik/persistence';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { SettingsReader } from '../../settings';
import { BroadcastsRepository } from '../broadcasts.repository';
import { FailBroadcastCommand, FinishBroadcastCommand } from '../commands/finish-broadcast.command';
import { RecipientClaimsRepository } from '../recipient-claims.repository';
import { sendPace } from '../rules/send-rate.rule';
import { BroadcastDelivery } from './broadcast-delivery';
import { ClaimKeeper } from './claim-keeper';
import { RecipientOutcomes } from './recipient-outcomes';
import { SendDispatcher } from './send-dispatcher';
import { SendPacer } from './send-pacer';
import { SenderState } from './sender-state';

const CONTROL_MS = 500;
const FLUSH_MS = 100;
const FLUSH_BATCH = 200;
const RECLAIM_EVERY_MS = 2_000;
const RENEW_EVERY_MS = 60_000;

/**
 * The worker's broadcast sender (DESIGN §2 Sending). Every worker runs one; they share the
 * pacer in Redis and split recipients through claims in MySQL. The control loop follows which
 * broadcasts are `sending`, claims recipients ahead of the dispatcher, writes outcomes in
 * batches, reclaims dead workers' rows and finishes broadcasts; the dispatcher sends.
 */
@Injectable()
export class BroadcastSender implements OnApplicationBootstrap, OnModuleDestroy {
  readonly workerId = `${hostname().slice(0, 30)}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly logger = new Logger('BroadcastSender');
  private readonly state = new SenderState();
  private readonly dispatcher: SendDispatcher;
  private loops: Promise<void>[] = [];
  private readonly stopping = new AbortController();
  private lastReclaim = 0;
  private lastRenew = Date.now();

  constructor(
    private readonly broadcasts: BroadcastsRepository,
    private readonly claims: RecipientClaimsRepository,
    private readonly outcomes: RecipientOutcomes,
    private readonly keeper: ClaimKeeper,
    private readonly settings: SettingsReader,
    private readonly commands: CommandBus,
    pacer: SendPacer,
    delivery: BroadcastDelivery,
    redis: RedisService,
  ) {
    this.dispatcher = new SendDispatcher(this.workerId, this.state, pacer, delivery, redis, {
      fatal: (id, error) => void this.fail(id, error),
    });
  }

  onApplicationBootstrap(): void {
    this.state.running = true;
    this.loops = [this.every(CONTROL_MS, () => this.control()), this.every(FLUSH_MS, () => this.flush()), this.dispatcher.run()];
  }

  /**
   * Graceful (before the database and Redis close): in-flight sends finish and are recorded,
   * unsent claims go back to pending at once instead of waiting for the lease.
   */
  async onModuleDestroy(): Promise<void> {
    if (!this.state.running) return;
    this.state.running = false;
    this.stopping.abort();
    this.state.wake();
    await Promise.allSettled(this.loops);
    for (let waited = 0; this.state.inFlight > 0 && waited < 35_000; waited += 50) await sleep(50);
    await this.flush().catch((error: unknown) => this.logger.error(`Final flush failed: ${String(error)}`));
    for (const id of [...this.state.active.keys()]) await this.deactivate(id);
    await this.keeper.stop(this.workerId);
  }

  private async control(): Promise<void> {
    await this.keeper.heartbeat(this.workerId);
    this.state.pace = sendPace(await this.settings.all());
    const sending = await this.broadcasts.sending();
    const ids = new Set(sending.map((b) => b.id));
    for (const id of this.state.active.keys()) if (!ids.has(id)) await this.deactivate(id);
    for (const b of sending) {
      if (this.state.active.has(b.id)) continue;
      const media = b.mediaKind ? await this.broadcasts.findMedia(b.id) : null;
      const sendable = { id: b.id, text: b.text, buttons: b.buttons, mediaKind: b.mediaKind, fileIds: { ...(media?.fileIds ?? {}) } };
      this.state.active.set(b.id, { sendable, queue: [], inFlight: 0, exhausted: false, uploading: false, waitUntil: 0 });
    }
    const now = Date.now();
    if (now - this.lastReclaim >= RECLAIM_EVERY_MS) {
      this.lastReclaim = now;
      for (const id of ids) await this.keeper.reclaimDead(this.workerId, id);
    }
    if (now - this.lastRenew >= RENEW_EVERY_MS) {
      this.lastRenew = now;
      await this.keeper.renew(this.workerId, [...ids]);
    }
    await this.refill();
    await this.finishDone();
  }

  /**
   * Claims about two seconds of sends ahead, per broadcast, oldest broadcast first; topped up
   * when one second is left, so the queue never runs dry between two control ticks. Claim size
   * costs no duplicates: a dead worker's unsent claims are simply sent by another.
   */
  private async refill(): Promise<void> {
    const size = Math.min(2000, Math.max(20, this.state.pace.rate * 2));
    for (const [id, b] of this.state.active) {
      if (b.queue.length >= size / 2) continue;
      const claimed = await this.claims.claim(id, this.workerId, size - b.queue.length);
      if (!this.state.active.has(id)) {
        await this.claims.release(id, this.workerId, claimed.map((r) => r.clientId));
        continue;
      }
      b.queue.push(...claimed);
      b.exhausted = claimed.length === 0;
      if (claimed.length > 0) this.state.wake();
    }
  }

  /** A broadcast with nothing left here and nothing unfinished anywhere is done (exactly once). */
  private async finishDone(): Promise<void> {
    for (const [id, b] of this.state.active) {
      if (!b.exhausted || b.queue.length > 0 || b.inFlight > 0 || this.state.hasResultsOf(id)) continue;
      const { status } = await this.commands.execute(new FinishBroadcastCommand(id));
      if (status) this.logger.log(`Broadcast ${id} finished: ${status}`);
    }
  }

  private async flush(): Promise<void> {
    while (this.state.results.length > 0) {
      const batch = this.state.results.splice(0, FLUSH_BATCH);
      try {
        await this.outcomes.record(this.workerId, batch);
      } catch (error) {
        // Kept for the next flush: the rows stay claimed by us, so nobody else sends them meanwhile.
        this.state.results.unshift(...batch);
        throw error;
      }
    }
  }

  /** Stops working on a broadcast here (paused, cancelled, finished, shutting down). */
  private async deactivate(id: number): Promise<void> {
    const b = this.state.active.get(id);
    if (!b) return;
    this.state.active.delete(id);
    await this.claims.release(id, this.workerId, b.queue.splice(0).map((r) => r.clientId));
  }

  private async fail(id: number, error: string): Promise<void> {
    this.logger.error(`Broadcast ${id} cannot go on: ${error}`);
    await this.commands.execute(new FailBroadcastCommand(id, `Telegram refuses every send: ${error}`));
    await this.deactivate(id);
  }

  private async every(ms: number, work: () => Promise<void>): Promise<void> {
    while (this.state.running) {
      const started = Date.now();
      try {
        await work();
      } catch (error) {
        this.logger.error(`Broadcast sender: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!this.state.running) return;
      // Not the dispatcher's wake-ups (one per send): a timer that only shutdown cuts short.
      await sleep(Math.max(0, ms - (Date.now() - started)), undefined, { signal: this.stopping.signal }).catch(
        () => undefined,
      );
    }
  }
}
