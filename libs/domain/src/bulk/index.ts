export * from './bulk-action';
export * from './bulk.module';
export * from './commands/bulk-update-clients.command';
export * from './events/bulk.events';
export { BulkClientsJob } from './jobs/bulk-clients.job';
