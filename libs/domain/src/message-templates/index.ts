export * from './commands/update-message-template.command';
export * from './message-template.defaults';
export type { MessageTemplateView } from './message-template.entity';
export * from './message-templates.errors';
export * from './message-templates.module';
export * from './message-templates.seeder';
export * from './queries/list-message-templates.query';
export * from './queries/render-message.query';
export * from './rules/template-text.rule';
