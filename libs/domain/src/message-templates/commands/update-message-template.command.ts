import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { MessageTemplateView } from '../message-template.entity';

export class UpdateMessageTemplateCommand extends Command<MessageTemplateView> {
  constructor(
    readonly actor: Actor,
    readonly key: string,
    readonly body: string,
  ) {
    super();
  }
}
