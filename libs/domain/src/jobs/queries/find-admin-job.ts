import type { AdminJob } from '../admin-job.entity';
import { AdminJobError } from '../admin-jobs.errors';
import type { AdminJobsRepository } from '../admin-jobs.repository';

const UUID = /^[0-9a-f-]{36}$/;

/** The job by its id, or ADMIN_JOB_NOT_FOUND; an id that is no UUID never reaches the database. */
export async function findAdminJob(jobs: AdminJobsRepository, id: string): Promise<AdminJob> {
  const job = UUID.test(id) ? await jobs.find(id) : null;
  if (!job) throw AdminJobError.notFound(id);
  return job;
}
