export * from './audit';
export * from './domain.module';
export * from './errors';
export * from './shared';
export * from './staff';
