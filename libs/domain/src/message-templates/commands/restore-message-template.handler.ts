import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isMessageTemplateKey, MESSAGE_TEMPLATE_DEFAULTS } from '../message-template.defaults';
import { MessageTemplateError } from '../message-templates.errors';
import { RestoreMessageTemplateCommand } from './restore-message-template.command';
import { UpdateMessageTemplateCommand } from './update-message-template.command';

@CommandHandler(RestoreMessageTemplateCommand)
export class RestoreMessageTemplateHandler implements ICommandHandler<RestoreMessageTemplateCommand> {
  constructor(private readonly commands: CommandBus) {}

  execute({ actor, key }: RestoreMessageTemplateCommand) {
    if (!isMessageTemplateKey(key)) throw MessageTemplateError.notFound(key);
    return this.commands.execute(
      new UpdateMessageTemplateCommand(actor, key, MESSAGE_TEMPLATE_DEFAULTS[key]),
    );
  }
}
