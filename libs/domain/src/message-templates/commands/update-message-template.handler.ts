import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CacheInvalidationBus, UnitOfWork } from '@dvorik/persistence';
import { MessageTemplateUpdatedEvent } from '../events/message-template.events';
import { isMessageTemplateKey, MESSAGE_TEMPLATE_DEFAULTS } from '../message-template.defaults';
import { MessageTemplateError } from '../message-templates.errors';
import { MESSAGE_TEMPLATES_CACHE_TOPIC, MessageTemplatesStore } from '../message-templates.store';
import { validateTemplateText } from '../rules/template-text.rule';
import { UpdateMessageTemplateCommand } from './update-message-template.command';

@CommandHandler(UpdateMessageTemplateCommand)
export class UpdateMessageTemplateHandler implements ICommandHandler<UpdateMessageTemplateCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: MessageTemplatesStore,
    private readonly bus: CacheInvalidationBus,
  ) {}

  async execute({ actor, key, body }: UpdateMessageTemplateCommand) {
    if (!isMessageTemplateKey(key)) throw MessageTemplateError.notFound(key);
    const errors = validateTemplateText(body);
    if (errors.length > 0) throw MessageTemplateError.invalid(key, errors);
    const defaultBody = MESSAGE_TEMPLATE_DEFAULTS[key];
    await this.uow.run(async () => {
      const before = (await this.store.rows(true)).get(key)?.body ?? defaultBody;
      await this.store.save(key, body, actor.type === 'staff' ? actor.staffId : null);
      if (before !== body) {
        await this.uow.record(
          new MessageTemplateUpdatedEvent(
            actor,
            { type: 'message_template', id: key },
            { key, before, after: body },
          ),
        );
      }
    });
    await this.bus.publish(MESSAGE_TEMPLATES_CACHE_TOPIC);
    return { key, body, defaultBody, isDefault: body === defaultBody, updatedAt: new Date() };
  }
}
