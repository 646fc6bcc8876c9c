import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminJob } from './admin-job.entity';
import { AdminJobRunner } from './admin-job.runner';
import { AdminJobsRepository } from './admin-jobs.repository';
import { RequestAdminJobHandler } from './commands/request-admin-job.handler';
import { AdminJobEnqueuer } from './consumers/admin-job.enqueuer';
import { PurgeAdminJobsJob } from './jobs/purge-admin-jobs.job';
import { GetAdminJobHandler } from './queries/get-admin-job.handler';
import { GetAdminJobFileHandler } from './queries/get-admin-job-file.handler';

const CommandHandlers = [RequestAdminJobHandler];
const QueryHandlers = [GetAdminJobHandler, GetAdminJobFileHandler];
const Consumers = [AdminJobEnqueuer];
const Jobs = [PurgeAdminJobsJob];

/** Tracking of long staff work (bulk actions, exports): the rows, files, queueing and status. */
@Module({
  imports: [TypeOrmModule.forFeature([AdminJob])],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    ...Consumers,
    ...Jobs,
    AdminJobsRepository,
    AdminJobRunner,
  ],
  /** AdminJobRunner: the frame the bulk and export jobs run in, and their way to a job's row and file. */
  exports: [AdminJobRunner],
})
export class JobsModule {}
