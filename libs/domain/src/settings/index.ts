export * from './commands/update-settings.command';
export * from './queries/get-settings.query';
export * from './queries/get-settings-schema.query';
export * from './settings.errors';
export * from './settings.module';
export * from './settings.reader';
export * from './settings.registry';
export { SettingsRepository } from './settings.repository';
export * from './events/settings.events';
