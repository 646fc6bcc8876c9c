import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { MessageTemplateView } from '../message-template.entity';

/** «Вернуть текст по умолчанию»: the seeded Russian default again, audited like any edit. */
export class RestoreMessageTemplateCommand extends Command<MessageTemplateView> {
  constructor(
    readonly actor: Actor,
    readonly key: string,
  ) {
    super();
  }
}
