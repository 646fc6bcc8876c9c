import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toAdminJobView } from '../admin-job.entity';
import { AdminJobsRepository } from '../admin-jobs.repository';
import { findAdminJob } from './find-admin-job';
import { GetAdminJobQuery } from './get-admin-job.query';

@QueryHandler(GetAdminJobQuery)
export class GetAdminJobHandler implements IQueryHandler<GetAdminJobQuery> {
  constructor(private readonly jobs: AdminJobsRepository) {}

  async execute({ id }: GetAdminJobQuery) {
    return toAdminJobView(await findAdminJob(this.jobs, id));
  }
}
