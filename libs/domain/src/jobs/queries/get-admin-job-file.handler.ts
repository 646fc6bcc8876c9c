import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Readable } from 'node:stream';
import { AdminJobError } from '../admin-jobs.errors';
import { AdminJobsRepository } from '../admin-jobs.repository';
import { findAdminJob } from './find-admin-job';
import { GetAdminJobFileQuery } from './get-admin-job-file.query';

@QueryHandler(GetAdminJobFileQuery)
export class GetAdminJobFileHandler implements IQueryHandler<GetAdminJobFileQuery> {
  constructor(private readonly jobs: AdminJobsRepository) {}

  async execute({ id }: GetAdminJobFileQuery) {
    const job = await findAdminJob(this.jobs, id);
    if (job.status !== 'done' || !job.fileName) throw AdminJobError.fileNotReady(id, job.status);
    return { fileName: job.fileName, bytes: job.fileBytes, stream: Readable.from(this.jobs.fileParts(id)) };
  }
}
