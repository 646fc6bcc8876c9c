import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { QueueName } from '@dvorik/messaging';
import { withDeadline } from '@dvorik/persistence';
import type { Queue } from 'bullmq';

/**
 * The backstop of event delivery: a domain event job that still ended up failed (a job
 * published before retries were unbounded, or one that stalled twice in a dying worker) is
 * put back in line, every EVENT_RETRY_MAX_MS. No committed event stays failed.
 */
@Injectable()
export class FailedEventsSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(FailedEventsSweeper.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectQueue(QueueName.DomainEvents) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.env.EVENT_RETRY_MAX_MS);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns how many failed jobs went back to the queue. */
  async sweep(): Promise<number> {
    try {
      const { REDIS_CALL_TIMEOUT_MS } = this.config.env;
      const failed = await withDeadline(
        this.queue.getFailed(0, 999),
        REDIS_CALL_TIMEOUT_MS,
        'Listing failed events',
      );
      for (const job of failed)
        await withDeadline(job.retry('failed'), REDIS_CALL_TIMEOUT_MS, 'Retrying an event');
      if (failed.length > 0) this.logger.warn(`${failed.length} failed event deliveries put back in line`);
      return failed.length;
    } catch (error) {
      this.logger.error(`Sweeping failed events: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
