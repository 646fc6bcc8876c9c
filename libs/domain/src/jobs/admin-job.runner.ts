import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { redactBotTokens } from '@dvorik/telegram';
import type { Job } from 'bullmq';
import type { AdminJob } from './admin-job.entity';
import { AdminJobsRepository } from './admin-jobs.repository';
import { AdminJobFinishedEvent } from './events/admin-job.events';

export interface AdminJobData {
  jobId: string;
}

/**
 * The frame every admin job processor runs in: load (a finished job is not run again), mark
 * running, let the processor advance checkpoint by checkpoint, then finish with an event —
 * or, on the last attempt, fail with one. A crash anywhere in between resumes from the last
 * committed checkpoint when BullMQ hands the job to another worker.
 *
 * It is also the one way the capabilities whose work runs as admin jobs (`bulk`, `exports`)
 * reach a job's row and file: read it (`find`), write a checkpoint or a result (`checkpoint`)
 * and the file's parts (`partCount`, `appendFilePart`, `fileParts`). Each joins the caller's
 * transaction, so a checkpoint commits with the effects it counts. Queueing a job is
 * `RequestAdminJobCommand`; status and downloads are queries.
 */
@Injectable()
export class AdminJobRunner {
  private readonly logger = new Logger(AdminJobRunner.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly jobs: AdminJobsRepository,
  ) {}

  async run(
    bullJob: Job<AdminJobData>,
    work: (job: AdminJob) => Promise<{ result: Record<string, unknown>; fileName?: string | null }>,
  ): Promise<Record<string, unknown> | null> {
    const job = await this.jobs.find(bullJob.data.jobId);
    if (!job) return null;
    if (job.status === 'done' || job.status === 'failed') return job.result;
    await this.jobs.update(job.id, { status: 'running', startedAt: job.startedAt ?? new Date() });
    try {
      const { result, fileName } = await work(job);
      await this.finish(job, 'done', result, null, fileName ?? null);
      return result;
    } catch (error) {
      // Shown to staff in the panel and the alert: never a bot token from a failed Telegram call.
      const message = redactBotTokens(error instanceof Error ? error.message : String(error));
      const attempts = bullJob.opts.attempts ?? 1;
      if (bullJob.attemptsMade + 1 >= attempts) {
        this.logger.error(`Admin job ${job.id} failed for good: ${message}`);
        const latest = await this.jobs.find(job.id);
        await this.finish(job, 'failed', latest?.result ?? null, message.slice(0, 1024), null);
      }
      throw error;
    }
  }

  find(jobId: string, lock = false): Promise<AdminJob | null> {
    return this.jobs.find(jobId, lock);
  }

  /** Where the job got to (cursor, counts, bytes written) and its running result. */
  checkpoint(
    jobId: string,
    values: Partial<Pick<AdminJob, 'cursorId' | 'processed' | 'fileBytes' | 'result'>>,
  ): Promise<void> {
    return this.jobs.update(jobId, values);
  }

  /** Parts written so far: the next part's `seq`. */
  partCount(jobId: string): Promise<number> {
    return this.jobs.partCount(jobId);
  }

  appendFilePart(jobId: string, seq: number, data: Buffer): Promise<void> {
    return this.jobs.appendFilePart(jobId, seq, data);
  }

  /** The job's file, one part at a time, in order. */
  fileParts(jobId: string): AsyncGenerator<Buffer> {
    return this.jobs.fileParts(jobId);
  }

  private async finish(
    job: AdminJob,
    status: 'done' | 'failed',
    result: Record<string, unknown> | null,
    error: string | null,
    fileName: string | null,
  ): Promise<void> {
    const deliver = job.params.deliver === 'telegram' ? 'telegram' : 'download';
    await this.uow.run(async () => {
      await this.jobs.update(job.id, {
        status,
        result,
        error,
        finishedAt: new Date(),
        ...(fileName && { fileName }),
      });
      // The requester is the actor: the audit log shows who ran the job and how it ended.
      await this.uow.record(
        new AdminJobFinishedEvent(
          { type: 'staff', staffId: job.requestedBy, role: job.requestedRole },
          { type: 'admin_job', id: job.id },
          { jobId: job.id, kind: job.kind, status, result, error, requestedBy: job.requestedBy, deliver },
        ),
      );
    });
  }
}
