import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminJob } from './admin-job.entity';
import { AdminJobRunner } from './admin-job.runner';
import { AdminJobsRepository } from './admin-jobs.repository';
import { AdminJobEnqueuer } from './consumers/admin-job.enqueuer';
import { PurgeAdminJobsJob } from './jobs/purge-admin-jobs.job';
import { GetAdminJobHandler } from './queries/get-admin-job.handler';
import { GetAdminJobFileHandler } from './queries/get-admin-job-file.handler';

const QueryHandlers = [GetAdminJobHandler, GetAdminJobFileHandler];
const Consumers = [AdminJobEnqueuer];
const Jobs = [PurgeAdminJobsJob];

/** Tracking of long staff work (bulk actions, exports): the rows, files, queueing and status. */
@Module({
  imports: [TypeOrmModule.forFeature([AdminJob])],
  providers: [...QueryHandlers, ...Consumers, ...Jobs, AdminJobsRepository, AdminJobRunner],
  exports: [AdminJobsRepository, AdminJobRunner],
})
export class JobsModule {}
