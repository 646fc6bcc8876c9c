import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { AdminJobsRepository } from '../admin-jobs.repository';

/** Finished jobs and their export files are kept a week: long enough to download, not a data hoard. */
export const ADMIN_JOB_RETENTION_DAYS = 7;

@JobHandler(JobName.PurgeAdminJobs)
export class PurgeAdminJobsJob implements JobProcessor<unknown, { purged: number }> {
  constructor(private readonly jobs: AdminJobsRepository) {}

  async process() {
    const cutoff = new Date(Date.now() - ADMIN_JOB_RETENTION_DAYS * 24 * 3600 * 1000);
    let purged = 0;
    for (;;) {
      const n = await this.jobs.purgeFinishedBefore(cutoff, 50);
      purged += n;
      if (n < 50) return { purged };
    }
  }
}
