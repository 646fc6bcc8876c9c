import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UpdateMessageTemplateHandler } from './commands/update-message-template.handler';
import { MessageTemplate } from './message-template.entity';
import { MessageTemplatesSeeder } from './message-templates.seeder';
import { MessageTemplatesStore } from './message-templates.store';
import { ListMessageTemplatesHandler } from './queries/list-message-templates.handler';
import { RenderMessageHandler } from './queries/render-message.handler';

const CommandHandlers = [UpdateMessageTemplateHandler];
const QueryHandlers = [RenderMessageHandler, ListMessageTemplatesHandler];

@Module({
  imports: [TypeOrmModule.forFeature([MessageTemplate])],
  providers: [...CommandHandlers, ...QueryHandlers, MessageTemplatesStore, MessageTemplatesSeeder],
  exports: [MessageTemplatesSeeder],
})
export class MessageTemplatesModule {}
