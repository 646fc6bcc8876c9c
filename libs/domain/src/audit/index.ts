export * from './audit-log.entity';
export * from './audit.module';
export { AUDIT_RETENTION_DAYS } from './jobs/purge-audit-log.job';
export * from './queries/list-audit-log.query';
