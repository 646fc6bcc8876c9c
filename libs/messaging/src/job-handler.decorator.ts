import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName } from './queue-names';

export const JOB_HANDLER = Symbol('dvorik:job-handler');

/** A provider that processes one job name; the worker discovers these at start. */
export const JobHandler = (name: JobName) => applyDecorators(Injectable(), SetMetadata(JOB_HANDLER, name));

export interface JobProcessor<TData = unknown, TResult = unknown> {
  process(job: Job<TData>): Promise<TResult>;
}
