import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RestoreMessageTemplateHandler } from './commands/restore-message-template.handler';
import { UpdateMessageTemplateHandler } from './commands/update-message-template.handler';
import { MessageTemplate } from './message-template.entity';
import { MessageTemplatesSeeder } from './message-templates.seeder';
import { MessageTemplatesStore } from './message-templates.store';
import { GetMessageTemplateHandler } from './queries/get-message-template.handler';
import { ListMessageTemplatesHandler } from './queries/list-message-templates.handler';
import { PreviewMessageTemplateHandler } from './queries/preview-message-template.handler';
import { RenderMessageHandler } from './queries/render-message.handler';

const CommandHandlers = [UpdateMessageTemplateHandler, RestoreMessageTemplateHandler];
const QueryHandlers = [
  RenderMessageHandler,
  ListMessageTemplatesHandler,
  GetMessageTemplateHandler,
  PreviewMessageTemplateHandler,
];

@Module({
  imports: [TypeOrmModule.forFeature([MessageTemplate])],
  providers: [...CommandHandlers, ...QueryHandlers, MessageTemplatesStore, MessageTemplatesSeeder],
  exports: [MessageTemplatesSeeder],
})
export class MessageTemplatesModule {}
