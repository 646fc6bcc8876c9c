export * from './attempt-lock.service';
export * from './security.events';
export * from './security.module';
