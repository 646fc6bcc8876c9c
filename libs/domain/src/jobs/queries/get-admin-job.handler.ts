import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Readable } from 'node:stream';
import { toAdminJobView } from '../admin-job.entity';
import { AdminJobError } from '../admin-jobs.errors';
import { AdminJobsRepository } from '../admin-jobs.repository';
import { GetAdminJobFileQuery, GetAdminJobQuery } from './get-admin-job.query';

const UUID = /^[0-9a-f-]{36}$/;

@QueryHandler(GetAdminJobQuery)
export class GetAdminJobHandler implements IQueryHandler<GetAdminJobQuery> {
  constructor(private readonly jobs: AdminJobsRepository) {}

  async execute({ id }: GetAdminJobQuery) {
    const job = UUID.test(id) ? await this.jobs.find(id) : null;
    if (!job) throw AdminJobError.notFound(id);
    return toAdminJobView(job);
  }
}

@QueryHandler(GetAdminJobFileQuery)
export class GetAdminJobFileHandler implements IQueryHandler<GetAdminJobFileQuery> {
  constructor(private readonly jobs: AdminJobsRepository) {}

  async execute({ id }: GetAdminJobFileQuery) {
    const job = UUID.test(id) ? await this.jobs.find(id) : null;
    if (!job) throw AdminJobError.notFound(id);
    if (job.status !== 'done' || !job.fileName) throw AdminJobError.fileNotReady(id, job.status);
    return { fileName: job.fileName, bytes: job.fileBytes, stream: Readable.from(this.jobs.fileParts(id)) };
  }
}
