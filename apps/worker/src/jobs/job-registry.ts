import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { JOB_HANDLER, JobName, type JobProcessor } from '@dvorik/messaging';
import type { Job } from 'bullmq';

/**
 * Every JobName has exactly one @JobHandler: checked when the worker starts, so a job that
 * nobody would process can never be enqueued into silence.
 */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, JobProcessor>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const name = this.reflector.get<JobName | undefined>(
        JOB_HANDLER,
        wrapper.metatype as object as () => void,
      );
      if (!name) continue;
      const existing = this.handlers.get(name);
      if (existing && existing !== wrapper.instance) throw new Error(`Job "${name}" has two processors`);
      this.handlers.set(name, wrapper.instance as JobProcessor);
    }
    const missing = Object.values(JobName).filter((name) => !this.handlers.has(name));
    if (missing.length) throw new Error(`No processor registered for job(s): ${missing.join(', ')}`);
  }

  dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`Unknown job "${job.name}" in queue ${job.queueName}`);
    return handler.process(job);
  }
}
