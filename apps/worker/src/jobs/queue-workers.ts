import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { ALL_QUEUES } from '@dvorik/messaging';
import { RedisService } from '@dvorik/persistence';
import { Worker } from 'bullmq';
import { JobRegistry } from './job-registry';

/** One BullMQ consumer per queue; on shutdown, in-flight jobs finish before the process exits. */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Queues');
  private readonly workers: Worker[] = [];

  constructor(
    private readonly registry: JobRegistry,
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    for (const queue of ALL_QUEUES) {
      const worker = new Worker(queue, (job) => this.registry.dispatch(job), {
        connection: this.redis.bullConnectionOptions(),
        prefix: this.redis.bullPrefix,
        concurrency: this.config.env.WORKER_CONCURRENCY,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(
          `${queue}/${job?.name ?? '?'} #${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`,
        ),
      );
      worker.on('error', (error) => this.logger.error(`${queue} worker error: ${error.message}`));
      this.workers.push(worker);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
