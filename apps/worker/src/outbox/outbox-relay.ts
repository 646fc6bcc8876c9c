import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { JobName, QueueName } from '@dvorik/messaging';
import { type EventEnvelope, UnitOfWork } from '@dvorik/persistence';
import type { Queue } from 'bullmq';

const BATCH = 200;

interface OutboxRow {
  id: string;
  envelope: EventEnvelope | string;
}

/**
 * Moves committed outbox rows to BullMQ. The job id is the event id, so publishing a row twice
 * (a relay killed between add and mark, or two relays) enqueues it once; rows are claimed with
 * SKIP LOCKED, so N workers relay in parallel without waiting on each other.
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
  relayOnce(): Promise<number> {
    return this.uow.run(async () => {
      const rows: OutboxRow[] = await this.uow.manager.query(
        'SELECT id, envelope FROM outbox WHERE published_at IS NULL ORDER BY occurred_at LIMIT ? FOR UPDATE SKIP LOCKED',
        [BATCH],
      );
      if (rows.length === 0) return 0;
      await this.queue.addBulk(
        rows.map((row) => ({
          name: JobName.DeliverDomainEvent,
          data: typeof row.envelope === 'string' ? (JSON.parse(row.envelope) as EventEnvelope) : row.envelope,
          opts: { jobId: row.id },
        })),
      );
      await this.uow.manager.query('UPDATE outbox SET published_at = ? WHERE id IN (?)', [
        new Date(),
        rows.map((r) => r.id),
      ]);
      return rows.length;
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
