export * from './retention.module';
export * from './retention.purger';
export * from './retention.rule';
