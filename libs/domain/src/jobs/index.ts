export * from './admin-job.entity';
export * from './admin-job.runner';
export * from './admin-jobs.errors';
export * from './commands/request-admin-job.command';
export * from './events/admin-job.events';
export * from './jobs.module';
export * from './queries/get-admin-job.query';
export * from './queries/get-admin-job-file.query';
