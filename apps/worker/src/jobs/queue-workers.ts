import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { JobDeadEvent, StuckEventsAlerter } from '@dvorik/domain';
import { ALL_QUEUES, cappedBackoff, JobName, QueueName } from '@dvorik/messaging';
import { RedisService, UnitOfWork } from '@dvorik/persistence';
import { ModuleRef } from '@nestjs/core';
import { type Job, Worker } from 'bullmq';
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
    private readonly moduleRef: ModuleRef,
    private readonly uow: UnitOfWork,
  ) {}

  onApplicationBootstrap(): void {
    for (const queue of ALL_QUEUES) {
      const worker = new Worker(queue, (job) => this.registry.dispatch(job), {
        connection: this.redis.bullConnectionOptions(),
        prefix: this.redis.bullPrefix,
        concurrency: this.config.env.WORKER_CONCURRENCY,
        settings: { backoffStrategy: cappedBackoff(this.config.env) },
      });
      worker.on('failed', (job, error) => {
        this.logger.warn(
          `${queue}/${job?.name ?? '?'} #${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`,
        );
        if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void this.dead(queue, job, error);
      });
      if (queue === QueueName.DomainEvents)
        worker.on('failed', (job, error) => {
          if (!job || job.attemptsMade < this.config.env.EVENT_ALERT_AFTER_ATTEMPTS) return;
          this.moduleRef
            .get(StuckEventsAlerter, { strict: false })
            .eventStuck(String(job.id), job.attemptsMade, error.message)
            .catch((alertError: unknown) => this.logger.error(`Stuck events alert: ${String(alertError)}`));
        });
      worker.on('error', (error) => this.logger.error(`${queue} worker error: ${error.message}`));
      this.workers.push(worker);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  /** No attempt left: the `errors` group is told (an event, so the alert survives a crash here). */
  private async dead(queue: string, job: Job, error: Error): Promise<void> {
    // The alert about a dead alert delivery would die the same way: log it, never loop.
    const envelope = job.data as { type?: unknown } | undefined;
    if (job.name === String(JobName.DeliverDomainEvent) && envelope?.type === JobDeadEvent.type) return;
    try {
      await this.uow.run(() =>
        this.uow.record(
          new JobDeadEvent(
            { type: 'system' },
            { type: 'job', id: String(job.id) },
            {
              queue,
              name: job.name,
              jobId: String(job.id),
              attempts: job.attemptsMade,
              error: error.message.slice(0, 300),
            },
          ),
        ),
      );
    } catch (failure) {
      this.logger.error(`Could not record the dead job ${queue}/${job.id}: ${String(failure)}`);
    }
  }
}
