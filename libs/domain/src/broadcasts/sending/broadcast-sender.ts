import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { RedisService } from '@dvorik/persistence';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { SettingsReader } from '../../settings';
import { BroadcastsRepository } from '../broadcasts.repository';
import { FailBroadcastCommand } from '../commands/fail-broadcast.command';
import { RecipientClaimsRepository } from '../recipient-claims.repository';
import { sendPace } from '../rules/send-rate.rule';
import { BroadcastDelivery } from './broadcast-delivery';
import { ClaimKeeper } from './claim-keeper';
import { RecipientOutcomes } from './recipient-outcomes';
import { SendDispatcher } from './send-dispatcher';
import { SendPacer } from './send-pacer';
import { SenderState } from './sender-state';
import { WorkList } from './work-list';

const CONTROL_MS = 500;
const FLUSH_MS = 100;
const FLUSH_BATCH = 200;
const RECLAIM_EVERY_MS = 2_000;

/**
 * The worker's broadcast sender (DESIGN §2 Sending). Every worker runs one; they share the
 * pacer in Redis and split recipients through claims in MySQL. The control loop renews this
 * worker's lease (ClaimKeeper), keeps the pace and the work list (WorkList: follow, claim ahead,
 * finish) and reclaims rows whose lease ran out; the flush loop writes outcomes in batches; the
 * dispatcher sends, only while the lease holds.
 */
@Injectable()
export class BroadcastSender implements OnApplicationBootstrap, OnModuleDestroy {
  readonly workerId = `${hostname().slice(0, 30)}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly logger = new Logger('BroadcastSender');
  private readonly state = new SenderState();
  private readonly dispatcher: SendDispatcher;
  private readonly work: WorkList;
  private loops: Promise<void>[] = [];
  private readonly stopping = new AbortController();
  private lastReclaim = 0;
  private lastRenew = performance.now();

  constructor(
    broadcasts: BroadcastsRepository,
    claims: RecipientClaimsRepository,
    private readonly outcomes: RecipientOutcomes,
    private readonly keeper: ClaimKeeper,
    private readonly settings: SettingsReader,
    private readonly commands: CommandBus,
    private readonly config: AppConfig,
    pacer: SendPacer,
    delivery: BroadcastDelivery,
    redis: RedisService,
  ) {
    this.work = new WorkList(this.workerId, this.state, broadcasts, claims, commands);
    this.dispatcher = new SendDispatcher(this.workerId, this.state, pacer, delivery, redis, {
      fatal: (id, error) => void this.fail(id, error),
    });
  }

  onApplicationBootstrap(): void {
    this.state.running = true;
    this.state.leaseUntil = performance.now() + this.keeper.holdMs;
    this.loops = [
      this.every(CONTROL_MS, () => this.control()),
      this.every(FLUSH_MS, () => this.flush()),
      this.dispatcher.run(),
    ];
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
    await this.work.dropAll();
  }

  private async control(): Promise<void> {
    const ids = await this.work.follow();
    await this.renewLease(ids);
    this.state.pace = sendPace(
      await this.settings.all(),
      this.config.env.BROADCAST_PAID_RATE,
      this.state.toleranceNow(),
    );
    const now = Date.now();
    if (now - this.lastReclaim >= RECLAIM_EVERY_MS) {
      this.lastReclaim = now;
      for (const id of ids) await this.keeper.reclaimExpired(this.workerId, id);
    }
    await this.work.refill();
    await this.work.finishDone();
  }

  /**
   * Renews the claims every third of a lease. A renewal that comes after this worker's own hold
   * ran out (the database was unreachable that long) may come too late: others may have taken
   * the rows, so what is queued here is given back instead of sent.
   */
  private async renewLease(ids: number[]): Promise<void> {
    const started = performance.now();
    if (started - this.lastRenew < this.keeper.renewEveryMs) return;
    const lapsed = started > this.state.leaseUntil;
    await this.keeper.renew(this.workerId, ids);
    this.lastRenew = started;
    if (lapsed) {
      this.logger.warn('The claim lease lapsed: queued recipients given back');
      await this.work.giveBackQueued();
    }
    this.state.leaseUntil = started + this.keeper.holdMs;
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

  private async fail(id: number, error: string): Promise<void> {
    this.logger.error(`Broadcast ${id} cannot go on: ${error}`);
    await this.commands.execute(new FailBroadcastCommand(id, `Telegram refuses every send: ${error}`));
    await this.work.drop(id);
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
      await sleep(Math.max(0, ms - (Date.now() - started)), undefined, {
        signal: this.stopping.signal,
      }).catch(() => undefined);
    }
  }
}
