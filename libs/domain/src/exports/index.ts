export * from './commands/request-export.command';
export * from './events/export.events';
export * from './export-columns';
export * from './exports.errors';
export * from './exports.module';
export * from './redemption-export-filter';
