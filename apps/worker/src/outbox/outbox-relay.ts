import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { eventDeliveryJobOptions, JobName, QueueName } from '@dvorik/messaging';
import { type EventEnvelope, UnitOfWork, withDeadline } from '@dvorik/persistence';
import type { Queue } from 'bullmq';

const BATCH = 200;

interface OutboxRow {
  id: string;
  envelope: EventEnvelope | string;
}

/**
 * Moves committed outbox rows to BullMQ, in three short steps so that no MySQL transaction is
 * ever open while Redis is called: claim a batch with a lease (`relay_lease_until`, SKIP LOCKED:
 * N workers relay side by side), publish it with a deadline (REDIS_CALL_TIMEOUT_MS), then mark it
 * published. The job id is the event id, so a batch published twice (a relay that died or hit
 * the deadline before marking; its lease runs out and another relay takes the rows) is enqueued
 * once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly uow: UnitOfWork,
    @InjectQueue(QueueName.DomainEvents) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Publishes one batch; returns how many rows it moved. */
  async relayOnce(): Promise<number> {
    const rows = await this.claim();
    if (rows.length === 0) return 0;
    const { REDIS_CALL_TIMEOUT_MS } = this.config.env;
    await withDeadline(
      this.queue.addBulk(
        rows.map((row) => ({
          name: JobName.DeliverDomainEvent,
          data: typeof row.envelope === 'string' ? (JSON.parse(row.envelope) as EventEnvelope) : row.envelope,
          opts: { jobId: row.id, ...eventDeliveryJobOptions() },
        })),
      ),
      REDIS_CALL_TIMEOUT_MS,
      `Publishing ${rows.length} outbox rows to Redis`,
    );
    await this.uow.query(
      'UPDATE outbox SET published_at = ?, relay_lease_until = NULL WHERE id IN (?) AND published_at IS NULL',
      [new Date(), rows.map((r) => r.id)],
    );
    return rows.length;
  }

  /** Unpublished rows nobody holds a live lease on, leased to this relay (a transaction of two statements). */
  private claim(): Promise<OutboxRow[]> {
    return this.uow.run(async () => {
      const rows: OutboxRow[] = await this.uow.query(
        `SELECT id, envelope FROM outbox
         WHERE published_at IS NULL AND (relay_lease_until IS NULL OR relay_lease_until < UTC_TIMESTAMP(3))
         ORDER BY occurred_at LIMIT ? FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (rows.length === 0) return [];
      await this.uow.query(
        'UPDATE outbox SET relay_lease_until = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND WHERE id IN (?)',
        [this.config.env.OUTBOX_LEASE_MS * 1000, rows.map((r) => r.id)],
      );
      return rows;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      let moved = 0;
      try {
        moved = await this.relayOnce();
      } catch (error) {
        this.logger.error(
          `Outbox relay failed, retrying: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (moved < BATCH) await this.sleep(this.config.env.OUTBOX_POLL_MS);
    }
  }

  /** An idle pause that shutdown can cut short. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
